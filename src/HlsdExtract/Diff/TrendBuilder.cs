using System.Globalization;

namespace HlsdExtract.Diff;

/// <summary>
/// Follows facts across N readouts: the readouts in meeting order (else year, else name), each
/// diffed with the one before it; a changed or unchanged pair links a figure to its next year's, and
/// a chain of links is one row. Possible matches do not link. Only facts found in two or more
/// readouts make rows (a fact of one year has no trend).
/// </summary>
public static class TrendBuilder
{
    private static readonly IEqualityComparer<DiffFact> Identity = ReferenceEqualityComparer.Instance;

    public static TrendReport Build(IEnumerable<DiffDocument> documents)
    {
        var docs = documents
            .OrderBy(d => d.MeetingDate ?? (d.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "9999"), StringComparer.Ordinal)
            .ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        var next = new List<Dictionary<DiffFact, DiffFact>>();
        for (var i = 0; i + 1 < docs.Count; i++)
        {
            var report = DocumentDiffer.Diff(docs[i], docs[i + 1]);
            next.Add(report.Facts.Where(f => f.Status is FactStatus.Changed or FactStatus.Unchanged)
                .ToDictionary(f => f.Older!, f => f.Newer!, Identity));
        }

        var continued = new HashSet<DiffFact>(next.SelectMany(n => n.Values), Identity);
        var rows = new List<TrendRow>();
        for (var i = 0; i < docs.Count; i++)
        {
            foreach (var start in docs[i].Facts.Where(f => !continued.Contains(f)))
            {
                var values = new DiffFact?[docs.Count];
                var (at, fact) = (i, (DiffFact?)start);
                while (fact is not null)
                {
                    values[at] = fact;
                    fact = at < next.Count && next[at].TryGetValue(fact, out var n) ? n : null;
                    at++;
                }

                var row = new TrendRow(values);
                if (row.Years >= 2)
                {
                    rows.Add(row);
                }
            }
        }

        return new TrendReport(docs, Columns(docs), rows
            .OrderBy(r => r.Goal ?? "~", StringComparer.Ordinal)
            .ThenBy(r => r.Topic ?? "~", StringComparer.Ordinal)
            .ThenBy(r => r.Operation ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Item ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Unit, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>A column name per readout: its year, or its meeting date (else file name) when two share a year.</summary>
    private static List<string> Columns(List<DiffDocument> docs)
    {
        var years = docs.Select(d => d.Year?.ToString(CultureInfo.InvariantCulture)).ToList();
        return docs.Select((d, i) => years[i] is { } y && years.Count(x => x == y) == 1 ? y : d.MeetingDate ?? d.Name).ToList();
    }
}
