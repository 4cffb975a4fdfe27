using System.Globalization;
using System.Text.Json;
using HlsdExtract.Model;

namespace HlsdExtract.Diff;

/// <summary>Builds <see cref="DiffDocument"/>s from a fresh extraction or from an extraction JSON (output contract v1).</summary>
public static class DiffDocuments
{
    public static DiffDocument From(Document doc)
    {
        var sections = doc.Sections.SelectMany(s => s.Blocks.Select(b => (b.Id, Section: s))).ToDictionary(x => x.Id, x => x.Section, StringComparer.Ordinal);
        return new DiffDocument
        {
            DocId = doc.DocId,
            Path = doc.Source.Path,
            Title = doc.Metadata.Title,
            MeetingDate = doc.Metadata.MeetingDate,
            Year = YearOf(doc.Metadata.MeetingDate) ?? doc.Metadata.DocumentYear,
            Facts = doc.Quantities.Select(q =>
            {
                var section = q.BlockId is { } id ? sections.GetValueOrDefault(id) : null;
                return new DiffFact
                {
                    Operation = q.Operation, Topic = section?.Topic, Goal = section?.Goal, Heading = section?.Heading,
                    Item = q.Item, Unit = q.Unit, Value = q.Value, Text = q.Text, BlockId = q.BlockId,
                    Sentence = Export.Provenance.SentenceText(doc, q.Span),
                };
            }).ToList(),
            Headings = doc.Sections.Where(s => s.Heading is not null && !s.HeadingInferred).Select(s => new DiffHeading(s.Heading!, s.Topic, s.Goal)).ToList(),
        }.WithNames(doc.Entities.Select(e => ((string?)e.Type, e.Canonical)));
    }

    /// <summary>Reads an extraction JSON written by <c>hlsd extract</c>.</summary>
    public static DiffDocument FromJson(JsonElement root)
    {
        var sections = new Dictionary<string, (string? Heading, string? Topic, string? Goal)>(StringComparer.Ordinal);
        var headings = new List<DiffHeading>();
        foreach (var s in Array(root, "sections"))
        {
            var heading = Str(s, "heading");
            if (heading is not null && !(s.TryGetProperty("headingInferred", out var inferred) && inferred.GetBoolean()))
            {
                headings.Add(new DiffHeading(heading, Str(s, "topic"), Str(s, "goal")));
            }

            foreach (var b in Array(s, "blocks"))
            {
                sections[Str(b, "id")!] = (heading, Str(s, "topic"), Str(s, "goal"));
            }
        }

        var entities = Array(root, "entities").Select(e => (Str(e, "type"), Str(e, "canonical") ?? Str(e, "text") ?? "")).ToList();
        var metadata = root.TryGetProperty("metadata", out var m) ? m : default;
        var meeting = metadata.ValueKind == JsonValueKind.Object ? Str(metadata, "meetingDate") : null;
        var source = root.TryGetProperty("source", out var src) ? src : root;
        return new DiffDocument
        {
            DocId = Str(root, "docId") ?? "",
            Path = Str(source, "path") ?? Str(root, "docId") ?? "",
            Title = metadata.ValueKind == JsonValueKind.Object ? Str(metadata, "title") : null,
            MeetingDate = meeting,
            Year = YearOf(meeting) ?? (metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("documentYear", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null),
            Facts = Array(root, "quantities").Select(q =>
            {
                var block = Str(q, "blockId");
                var section = block is not null && sections.TryGetValue(block, out var found) ? found : default;
                return new DiffFact
                {
                    Operation = Str(q, "operation"), Topic = section.Topic, Goal = section.Goal, Heading = section.Heading,
                    Item = Str(q, "item"), Unit = Str(q, "unit") ?? "count", Value = q.GetProperty("value").GetDecimal(),
                    Text = Str(q, "text") ?? "", Sentence = Str(q, "sentence"), BlockId = block,
                };
            }).ToList(),
            Headings = headings,
        }.WithNames(entities);
    }

    private static int? YearOf(string? isoDate) =>
        isoDate is { Length: >= 4 } && int.TryParse(isoDate.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>The document with its operation, agency and program names (each list distinct and sorted) from (type, canonical name) pairs.</summary>
    private static DiffDocument WithNames(this DiffDocument doc, IEnumerable<(string? Type, string Canonical)> entities)
    {
        var all = entities.ToList();
        List<string> Names(string type) => all.Where(e => e.Type == type).Select(e => e.Canonical).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return doc with { Operations = Names("operation"), Agencies = Names("agency"), Programs = Names("program") };
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
