using System.Text.Json;
using HlsdExtract.Common;

namespace HlsdExtract.Segment;

/// <summary>Goals and topics loaded from <c>Data/taxonomy.json</c> (a copy of the shared taxonomy).</summary>
public sealed class Taxonomy
{
    private static readonly Lazy<Taxonomy> Embedded = new(() => Parse(DataFiles.ReadAllText("taxonomy.json")));

    private Taxonomy(IReadOnlyList<TaxonomyTopic> topics) => Topics = topics;

    public static Taxonomy Default => Embedded.Value;

    public IReadOnlyList<TaxonomyTopic> Topics { get; }

    public TaxonomyTopic? Find(string topicId) => Topics.FirstOrDefault(t => t.Id == topicId);

    public static Taxonomy Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var topics = new List<TaxonomyTopic>();
        foreach (var goal in doc.RootElement.GetProperty("goals").EnumerateArray())
        {
            var goalId = goal.GetProperty("id").GetString()!;
            var goalName = goal.GetProperty("name").GetString()!;
            foreach (var topic in goal.GetProperty("topics").EnumerateArray())
            {
                topics.Add(new TaxonomyTopic(
                    topic.GetProperty("id").GetString()!,
                    topic.GetProperty("name").GetString()!,
                    goalId,
                    goalName,
                    Strings(topic, "headings"),
                    Strings(topic, "keywords")));
            }
        }

        return new Taxonomy(topics);
    }

    private static string[] Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array)
            ? array.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : [];
}
