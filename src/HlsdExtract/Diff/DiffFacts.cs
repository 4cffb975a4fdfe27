namespace HlsdExtract.Diff;

/// <summary>
/// Turns the raw figures of one readout into <see cref="DiffFact"/>s: each figure's own part of its
/// sentence, its kind of period, and whether its sentence names its operation. Both ways of reading a
/// side (fresh extraction, extraction JSON) go through here, so they diff alike.
/// </summary>
internal static class DiffFacts
{
    public static List<DiffFact> Build(IReadOnlyList<RawFigure> raws, IReadOnlyList<(string Canonical, int Start, int End)> operations, string? meetingDate)
    {
        var clauses = new (int Start, int End)[raws.Count];
        foreach (var sentence in Enumerable.Range(0, raws.Count).Where(i => raws[i].Sentence is not null).GroupBy(i => (raws[i].SentenceStart, raws[i].Sentence)))
        {
            var members = sentence.ToList();
            var text = Core(sentence.Key.Sentence!);
            var parts = FigureClauses.Split(text, members.Select(i => (raws[i].Start - sentence.Key.SentenceStart, raws[i].End - sentence.Key.SentenceStart)).ToList());
            for (var k = 0; k < members.Count; k++)
            {
                clauses[members[k]] = parts[k];
            }
        }

        return raws.Select((r, i) =>
        {
            var clause = r.Sentence is null ? r.Text : Core(r.Sentence)[clauses[i].Start..clauses[i].End];
            return new DiffFact
            {
                Operation = r.Operation, Topic = r.Topic, Goal = r.Goal, Heading = r.Heading, Item = r.Item, Unit = r.Unit, Value = r.Value,
                Text = r.Text, Sentence = r.Sentence, BlockId = r.BlockId, Agencies = r.Agencies, Qualifier = r.Qualifier, Period = r.Period,
                Context = clause,
                PeriodKind = PeriodKinds.Classify(clause, r.Sentence, r.Period, meetingDate),
                OperationNamed = r.Operation is not null && r.Sentence is not null && Named(r, operations),
            };
        }).ToList();
    }

    /// <summary>
    /// Where the figure's sentence (as the outputs give it: a long one cut to a window marked "…")
    /// starts in the document text: the occurrence of its text that covers the figure.
    /// </summary>
    public static int SentenceStart(string text, string? sentence, int figureStart)
    {
        if (string.IsNullOrEmpty(sentence))
        {
            return 0;
        }

        var core = Core(sentence);
        var from = Math.Clamp(figureStart - core.Length, 0, text.Length);
        var at = core.Length == 0 ? -1 : text.IndexOf(core, from, StringComparison.Ordinal);
        return at >= 0 && at <= figureStart ? at : Math.Max(0, figureStart);
    }

    /// <summary>The sentence without the "…" that mark a cut window.</summary>
    private static string Core(string sentence) => sentence.Trim('…');

    /// <summary>An operation mention of the figure's operation lies in its sentence.</summary>
    private static bool Named(RawFigure r, IReadOnlyList<(string Canonical, int Start, int End)> operations)
    {
        var names = r.Operation!.Split("; ", StringSplitOptions.RemoveEmptyEntries);
        var end = r.SentenceStart + Core(r.Sentence!).Length;
        return operations.Any(o => o.Start >= r.SentenceStart && o.End <= end && names.Contains(o.Canonical, StringComparer.Ordinal));
    }
}
