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
        var raws = doc.Quantities.Select(q =>
        {
            var section = q.BlockId is { } id ? sections.GetValueOrDefault(id) : null;
            var sentence = Export.Provenance.SentenceText(doc, q.Span);
            return new RawFigure(
                q.Operation, q.Item, q.Unit, q.Value, q.Text, q.Qualifier, q.Agencies, q.Period, q.BlockId, q.Span.Start, q.Span.End,
                sentence, DiffFacts.SentenceStart(doc.Text, sentence, q.Span.Start), section?.Heading, section?.Topic, section?.Goal);
        }).ToList();
        var operations = doc.Entities.Where(e => e.Type == EntityKind.Operation).Select(e => (e.Canonical, e.Span.Start, e.Span.End)).ToList();
        return new DiffDocument
        {
            DocId = doc.DocId,
            Path = doc.Source.Path,
            Title = doc.Metadata.Title,
            MeetingDate = doc.Metadata.MeetingDate,
            Year = YearOf(doc.Metadata.MeetingDate) ?? doc.Metadata.DocumentYear,
            Facts = DiffFacts.Build(raws, operations, doc.Metadata.MeetingDate),
            Headings = doc.Sections.Where(s => s.Heading is not null && !s.HeadingInferred)
                .Select(s => new DiffHeading(s.Heading!, s.Topic, s.Goal, string.Join("\n", s.Blocks.Select(b => doc.Slice(b.Span))))).ToList(),
        }.WithNames(doc.Entities.Select(e => ((EntityKind?)e.Type, e.Canonical)));
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
                headings.Add(new DiffHeading(heading, Str(s, "topic"), Str(s, "goal"), string.Join("\n", Array(s, "blocks").Select(b => Str(b, "text") ?? ""))));
            }

            foreach (var b in Array(s, "blocks"))
            {
                sections[Str(b, "id")!] = (heading, Str(s, "topic"), Str(s, "goal"));
            }
        }

        var text = Str(root, "text") ?? "";
        var entities = Array(root, "entities").Select(e => (EntityKind.Find(Str(e, "type")), Str(e, "canonical") ?? Str(e, "text") ?? "")).ToList();
        var operations = Array(root, "entities").Where(e => EntityKind.Find(Str(e, "type")) == EntityKind.Operation)
            .Select(e => (Str(e, "canonical") ?? "", Int(e, "start"), Int(e, "end"))).ToList();
        var metadata = root.TryGetProperty("metadata", out var m) ? m : default;
        var meeting = metadata.ValueKind == JsonValueKind.Object ? Str(metadata, "meetingDate") : null;
        var source = root.TryGetProperty("source", out var src) ? src : root;
        var raws = Array(root, "quantities").Select(q =>
        {
            var block = Str(q, "blockId");
            var section = block is not null && sections.TryGetValue(block, out var found) ? found : default;
            var (start, end, sentence) = (Int(q, "start"), Int(q, "end"), Str(q, "sentence"));
            var agencies = Array(q, "agencies").Select(a => a.GetString() ?? "").ToList();
            return new RawFigure(
                Str(q, "operation"), Str(q, "item"), Str(q, "unit") ?? "count", q.GetProperty("value").GetDecimal(), Str(q, "text") ?? "", Str(q, "qualifier"),
                agencies, Str(q, "period"), block, start, end, sentence, DiffFacts.SentenceStart(text, sentence, start), section.Heading, section.Topic, section.Goal);
        }).ToList();
        return new DiffDocument
        {
            DocId = Str(root, "docId") ?? "",
            Path = Str(source, "path") ?? Str(root, "docId") ?? "",
            Title = metadata.ValueKind == JsonValueKind.Object ? Str(metadata, "title") : null,
            MeetingDate = meeting,
            Year = YearOf(meeting) ?? (metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("documentYear", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null),
            Facts = DiffFacts.Build(raws, operations, meeting),
            Headings = headings,
        }.WithNames(entities);
    }

    private static int? YearOf(string? isoDate) =>
        isoDate is { Length: >= 4 } && int.TryParse(isoDate.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>The document with its operation, agency and program names (each list distinct and sorted) from (type, canonical name) pairs.</summary>
    private static DiffDocument WithNames(this DiffDocument doc, IEnumerable<(EntityKind? Type, string Canonical)> entities)
    {
        var all = entities.ToList();
        List<string> Names(EntityKind type) => all.Where(e => e.Type == type).Select(e => e.Canonical).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return doc with { Operations = Names(EntityKind.Operation), Agencies = Names(EntityKind.Agency), Programs = Names(EntityKind.Program) };
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
}
