using HlsdExtract.Segment;

namespace HlsdExtract.Diff.Output;

/// <summary>The one order every diff output uses: changed (largest first), added, dropped, unchanged; then goal, topic, group, item.</summary>
internal static class DiffOrder
{
    public const int TopChanges = 10;

    public static List<AlignedFact> Facts(DiffReport report)
    {
        var changed = report.BiggestChanges();
        var rest = report.Facts.Where(f => f.Status != FactStatus.Changed)
            .OrderBy(f => f.Status)
            .ThenBy(f => GoalName(f.Goal), StringComparer.Ordinal)
            .ThenBy(f => f.Topic ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Group, StringComparer.Ordinal)
            .ThenBy(f => f.Item ?? "", StringComparer.Ordinal)
            .ThenBy(f => (f.Newer ?? f.Older)!.Value);
        return [.. changed, .. rest];
    }

    public static IReadOnlyList<AlignedFact> Top(DiffReport report) => report.BiggestChanges().Take(TopChanges).ToList();

    /// <summary>How a report names one side: its title and meeting date.</summary>
    public static string Side(DiffDocument d) => (d.Title ?? d.Name) + (d.MeetingDate is { } m ? " (" + m + ")" : "");

    /// <summary>A column header for one side's values: its year, else its file name.</summary>
    public static string Year(DiffDocument d) => d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? d.Name;

    public static string Status(FactStatus status) => status.ToString().ToLowerInvariant();

    public static string GoalName(string? goalId) =>
        goalId is null ? "(no goal)" : Taxonomy.Default.Topics.FirstOrDefault(t => t.GoalId == goalId)?.GoalName ?? goalId;

    public static string TopicName(string? topicId) =>
        topicId is null ? "(no topic)" : Taxonomy.Default.Find(topicId)?.Name ?? topicId;
}
