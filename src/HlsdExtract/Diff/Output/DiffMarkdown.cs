using System.Globalization;
using System.Text;

namespace HlsdExtract.Diff.Output;

/// <summary><c>diff.md</c>: a readable summary per pair, the largest changes first, then grouped by goal and topic.</summary>
public static class DiffMarkdown
{
    public static string Build(IReadOnlyList<DiffReport> reports)
    {
        var md = new StringBuilder();
        if (reports.Count == 0)
        {
            md.Append("# Year-over-year diff\n\nNo pair of readouts to compare (documents pair by meeting date).\n");
        }

        foreach (var report in reports)
        {
            Pair(md, report);
        }

        return md.ToString();
    }

    private static void Pair(StringBuilder md, DiffReport r)
    {
        md.Append("# ").Append(DiffOrder.Side(r.Older)).Append(" → ").Append(DiffOrder.Side(r.Newer)).Append("\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{r.With(FactStatus.Changed).Count()} figures changed, {r.With(FactStatus.Added).Count()} added, ")
            .Append(CultureInfo.InvariantCulture, $"{r.With(FactStatus.Dropped).Count()} dropped, {r.With(FactStatus.Unchanged).Count()} unchanged.\n\n");
        foreach (var change in r.NameChanges.Where(IsOperations))
        {
            Names(md, change.Label, change.Names);
        }

        foreach (var h in r.HeadingsRenamed)
        {
            md.Append("- Heading reworded: \"").Append(h.Older).Append("\" → \"").Append(h.Newer).Append("\" (topic ").Append(h.Topic).Append(")\n");
        }

        Names(md, "Headings added", r.HeadingsAdded);
        Names(md, "Headings dropped", r.HeadingsDropped);
        Names(md, "Goal lines (goal markers, not sections) in " + DiffOrder.Year(r.Older), r.GoalMarkersOlder);
        Names(md, "Goal lines (goal markers, not sections) in " + DiffOrder.Year(r.Newer), r.GoalMarkersNewer);
        md.Append('\n');
        var top = DiffOrder.Top(r);
        if (top.Count > 0)
        {
            md.Append("## Largest changes\n\n| Topic | Operation | Item | ").Append(DiffOrder.Year(r.Older)).Append(" | ").Append(DiffOrder.Year(r.Newer)).Append(" | Change |\n|---|---|---|--:|--:|--:|\n");
            foreach (var f in top)
            {
                md.Append("| ").Append(Cell(DiffOrder.TopicName(f.Topic))).Append(" | ").Append(Cell(f.Operation ?? "")).Append(" | ").Append(Cell(f.Item ?? "")).Append(" | ")
                    .Append(FigureText.Value(f.Older!.Value, f.Unit)).Append(" | ").Append(FigureText.Value(f.Newer!.Value, f.Unit)).Append(" | ")
                    .Append(FigureText.Percent(f.PercentChange)).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## By goal and topic\n");
        foreach (var goal in DiffOrder.Facts(r).Where(f => f.Status is not (FactStatus.Unchanged or FactStatus.Possible)).GroupBy(f => DiffOrder.GoalName(f.Goal)))
        {
            md.Append("\n### ").Append(goal.Key).Append('\n');
            foreach (var topic in goal.GroupBy(f => DiffOrder.TopicName(f.Topic)))
            {
                md.Append("\n**").Append(topic.Key).Append("**\n\n");
                foreach (var f in topic)
                {
                    md.Append("- ").Append(Line(f)).Append('\n');
                }
            }
        }

        var possible = r.With(FactStatus.Possible).ToList();
        if (possible.Count > 0)
        {
            md.Append("\n## Possible matches (below the confidence bar, not counted as changes)\n\n| Topic | Operation | ")
                .Append(DiffOrder.Year(r.Older)).Append(" | ").Append(DiffOrder.Year(r.Newer)).Append(" | Why not a change |\n|---|---|---|---|---|\n");
            foreach (var f in DiffOrder.Facts(r).Where(f => f.Status == FactStatus.Possible))
            {
                md.Append("| ").Append(Cell(DiffOrder.TopicName(f.Topic))).Append(" | ").Append(Cell(f.Operation ?? "")).Append(" | ")
                    .Append(Cell(FigureText.Value(f.Older!.Value, f.Unit) + " " + (f.Older.Item ?? ""))).Append(" | ")
                    .Append(Cell(FigureText.Value(f.Newer!.Value, f.Unit) + " " + (f.Newer.Item ?? ""))).Append(" | ")
                    .Append(Cell(string.Join("; ", f.Why))).Append(" |\n");
            }
        }

        md.Append('\n');
        foreach (var change in r.NameChanges.Where(c => !IsOperations(c)))
        {
            Names(md, change.Label, change.Names);
        }

        md.Append('\n');
    }

    /// <summary>Operations lead the summary; agencies and programs close it.</summary>
    private static bool IsOperations(NameChange change) => change.Key.StartsWith("operations", StringComparison.Ordinal);

    private static string Line(AlignedFact f)
    {
        var what = string.Join(", ", new[] { f.Operation, f.Item }.Where(s => !string.IsNullOrEmpty(s)));
        what = what.Length == 0 ? "(figure)" : what;
        return f.Status switch
        {
            FactStatus.Changed => $"{what}: {FigureText.Value(f.Older!.Value, f.Unit)} → {FigureText.Value(f.Newer!.Value, f.Unit)} ({FigureText.Percent(f.PercentChange)})",
            FactStatus.Added => $"added: {what}: {FigureText.Value(f.Newer!.Value, f.Unit)}",
            _ => $"dropped: {what}: {FigureText.Value(f.Older!.Value, f.Unit)}",
        };
    }

    private static void Names(StringBuilder md, string label, IReadOnlyList<string> names)
    {
        if (names.Count > 0)
        {
            md.Append("- ").Append(label).Append(": ").Append(string.Join(", ", names)).Append('\n');
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
