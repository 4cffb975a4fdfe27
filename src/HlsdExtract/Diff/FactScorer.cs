namespace HlsdExtract.Diff;

/// <summary>
/// How sure it is that two figures of two years are one measure: same operation (hard), same topic,
/// same unit (hard), then points for the item (exact, an added modifier, the same head, two counts
/// of people), the words around each figure (a distinctive word 1, a common one 0.5, up to 2), shared agencies,
/// and the same kind of period; points off for disjoint agencies, a running total against a year,
/// an increment against a total, and an operation named in one sentence but not the other. A pair
/// with one dated event, a vague figure or a place count ("in all 50 states") is at most a possible match.
/// </summary>
internal sealed class FactScorer(IReadOnlySet<string> commonWords)
{
    public const double Confident = 3.0;
    public const double Possible = 1.5;

    /// <summary>The pair's score, or null when the two cannot be the same measure at all.</summary>
    public PairScore? Score(DiffFact a, DiffFact b, HashSet<string> contextA, HashSet<string> contextB)
    {
        if (a.Unit != b.Unit || a.Operation != b.Operation || a.Operation is null && a.Topic != b.Topic && a.Topic is not null && b.Topic is not null)
        {
            return null;
        }

        var match = ItemMatcher.Compare(a.Item, b.Item);
        var shared = contextA.Intersect(contextB, StringComparer.Ordinal).Sum(w => commonWords.Contains(w) ? 0.5 : 1.0);
        var score = match switch
        {
            ItemMatch.Exact => 3.0,
            ItemMatch.Extends => 2.0,
            ItemMatch.SameHead => 0.5,
            ItemMatch.People when shared >= 1 => 1.0,
            ItemMatch.BothEmpty when shared >= 1.5 => 1.0,
            _ => double.NaN,
        };
        if (double.IsNaN(score))
        {
            return null;
        }

        var why = new List<string>();
        score += Math.Min(2.0, shared);
        if (a.Operation is null && (a.Topic is null) != (b.Topic is null))
        {
            score -= 1;
            why.Add("topic known on one side only");
        }

        var agencies = a.Agencies.Intersect(b.Agencies, StringComparer.OrdinalIgnoreCase).Any();
        if (agencies)
        {
            score += 1;
        }
        else if (a.Agencies.Count > 0 && b.Agencies.Count > 0)
        {
            score -= 2;
            why.Add("different agencies");
        }

        if (a.PeriodKind == b.PeriodKind && a.PeriodKind is PeriodKind.Cumulative or PeriodKind.Window)
        {
            score += 0.5;
        }
        else if (a.PeriodKind is PeriodKind.Cumulative && b.PeriodKind is PeriodKind.Window || a.PeriodKind is PeriodKind.Window && b.PeriodKind is PeriodKind.Cumulative)
        {
            score -= 3;
            why.Add("a running total against one year");
        }

        if (ItemMatcher.IncrementOnOneSide(a.Item, b.Item))
        {
            score -= 2;
            why.Add("an increment against a total");
        }

        if (a.Operation is not null && a.OperationNamed != b.OperationNamed)
        {
            score -= 2;
            why.Add("the operation is named in one sentence only");
        }

        if (a.Value == b.Value && match is ItemMatch.Exact or ItemMatch.Extends)
        {
            score += 1;
        }

        var capped = false;
        if (a.PeriodKind == PeriodKind.Event || b.PeriodKind == PeriodKind.Event)
        {
            capped = true;
            why.Add("one dated event");
        }

        if (IsVague(a) || IsVague(b))
        {
            capped = true;
            why.Add("a figure without a number");
        }

        if (IsPlace(a) || IsPlace(b))
        {
            capped = true;
            why.Add("a count of places (a scope, not a result)");
        }

        if (match is ItemMatch.SameHead or ItemMatch.People or ItemMatch.BothEmpty && shared < 1)
        {
            why.Add("different items");
        }

        return new PairScore(Math.Round(score, 2), capped, why) { Rank = Math.Round(score + Math.Max(0, shared - 2.0), 2) };
    }

    /// <summary>"several dozen", "hundreds of": no digit and a vague number word.</summary>
    public static bool IsVague(DiffFact f) =>
        !f.Text.Any(char.IsDigit) && f.Text.ToLowerInvariant().Split(' ').Any(DiffWords.Vague.Contains);

    public static bool IsPlace(DiffFact f) => ItemMatcher.HeadOf(f.Item) is { } head && DiffWords.Places.Contains(head);

    /// <summary>A bare number of five or more digits, no separator, no item in its text ("EO 14059"): an identifier, not a figure.</summary>
    public static bool IsIdentifier(DiffFact f) => f.Text.Length >= 5 && f.Text.All(char.IsAsciiDigit) && f.Unit == "count";
}
