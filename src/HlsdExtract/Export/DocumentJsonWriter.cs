using System.Text.Encodings.Web;
using System.Text.Json;
using HlsdExtract.Common;
using HlsdExtract.Model;

namespace HlsdExtract.Export;

/// <summary>Writes <c>&lt;docId&gt;.json</c> per the output contract (schema version 1), byte-stable.</summary>
public static class DocumentJsonWriter
{
    public const string SchemaVersion = "1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] ToBytes(Document doc)
    {
        using var buffer = new MemoryStream();
        Write(buffer, doc);
        return buffer.ToArray();
    }

    /// <summary>Streams the document's JSON (no whole-document buffer, so large documents never need one big array).</summary>
    public static void Write(Stream output, Document doc)
    {
        // One writer per thread, reset per document: its buffer is grown once, not once per document.
        var w = cached ??= new Utf8JsonWriter(Stream.Null, Options);
        w.Reset(output);
        try
        {
            w.WriteStartObject();
            w.WriteString(JsonNames.SchemaVersion, SchemaVersion);
            w.WriteString(JsonNames.DocId, doc.DocId);
            w.WriteStartObject(JsonNames.Source);
            w.WriteString(JsonNames.Path, doc.Source.Path);
            w.WriteString(JsonNames.Sha256, doc.Source.Sha256);
            w.WriteString(JsonNames.Format, doc.Source.Format);
            w.WriteEndObject();
            WriteMetadata(w, doc.Metadata);
            w.WriteString(JsonNames.Text, doc.Text);
            w.WriteNumber(JsonNames.InvalidBytes, doc.InvalidBytes);
            WriteArray(w, JsonNames.Boilerplate, doc.Boilerplate, (w, b) =>
            {
                w.WriteString(JsonNames.Text, b.Text);
                w.WriteString(JsonNames.Reason, b.Reason);
            });
            WriteArray(w, JsonNames.Sections, doc.Sections, (w, s) => WriteSection(w, s, doc));
            WriteArray(w, JsonNames.Entities, doc.Entities, WriteEntity);
            WriteArray(w, JsonNames.Dates, doc.Dates, WriteDate);
            WriteArray(w, JsonNames.Quantities, doc.Quantities, (w, q) => WriteQuantity(w, q, doc));
            w.WriteEndObject();
            w.Flush();
        }
        finally
        {
            w.Reset(Stream.Null);
        }

        output.WriteByte((byte)'\n');
    }

    [ThreadStatic]
    private static Utf8JsonWriter? cached;

    private static void WriteMetadata(Utf8JsonWriter w, DocumentMetadata m)
    {
        w.WriteStartObject(JsonNames.Metadata);
        w.WriteString(JsonNames.Title, m.Title);
        w.WriteString(JsonNames.MeetingDate, m.MeetingDate);
        w.WriteString(JsonNames.Location, m.Location);
        w.WriteString(JsonNames.SourceUrl, m.SourceUrl);
        w.WriteString(JsonNames.RetrievedDate, m.RetrievedDate);
        w.WriteString(JsonNames.PublishedDate, m.PublishedDate);
        if (m.DocumentYear is { } year)
        {
            w.WriteNumber(JsonNames.DocumentYear, year);
        }
        else
        {
            w.WriteNull(JsonNames.DocumentYear);
        }

        if (m.Tags.Count > 0)
        {
            w.WriteStartArray(JsonNames.Tags);
            foreach (var tag in m.Tags)
            {
                w.WriteStringValue(tag);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteSection(Utf8JsonWriter w, Section s, Document doc)
    {
        w.WriteString(JsonNames.Id, s.Id);
        w.WriteString(JsonNames.Heading, s.Heading);
        w.WriteBoolean(JsonNames.HeadingInferred, s.HeadingInferred);
        w.WriteString(JsonNames.Topic, s.Topic);
        w.WriteString(JsonNames.Goal, s.Goal);
        WriteArray(w, JsonNames.Blocks, s.Blocks, (w, b) =>
        {
            w.WriteString(JsonNames.Id, b.Id);
            w.WriteString(JsonNames.Kind, b.Kind == BlockKind.Bullet ? "bullet" : "paragraph");
            w.WriteNumber(JsonNames.Start, b.Span.Start);
            w.WriteNumber(JsonNames.End, b.Span.End);
            w.WriteString(JsonNames.Text, b.Span.SliceSpan(doc.Text));
        });
    }

    private static void WriteEntity(Utf8JsonWriter w, EntityMention e)
    {
        w.WriteString(JsonNames.Id, e.Id);
        w.WriteString(JsonNames.Type, e.Type.Name);
        w.WriteString(JsonNames.Text, e.Text);
        w.WriteString(JsonNames.Canonical, e.Canonical);
        w.WriteString(JsonNames.Acronym, e.Acronym);
        w.WriteString(JsonNames.Country, e.Country);
        if (e.Type == EntityKind.Person)
        {
            w.WriteString(JsonNames.Title, e.Title);
        }

        w.WriteString(JsonNames.BlockId, e.BlockId);
        w.WriteNumber(JsonNames.Start, e.Span.Start);
        w.WriteNumber(JsonNames.End, e.Span.End);
        w.WriteString(JsonNames.Source, e.Source);
        w.WriteNumber(JsonNames.Confidence, Math.Round(e.Confidence, 4));
    }

    private static void WriteDate(Utf8JsonWriter w, DateMention d)
    {
        w.WriteString(JsonNames.Id, d.Id);
        w.WriteString(JsonNames.Text, d.Text);
        w.WriteString(JsonNames.Normalized, d.Normalized);
        w.WriteString(JsonNames.Kind, d.Kind);
        w.WriteString(JsonNames.RangeStart, d.RangeStart);
        w.WriteString(JsonNames.RangeEnd, d.RangeEnd);
        w.WriteString(JsonNames.BlockId, d.BlockId);
        w.WriteNumber(JsonNames.Start, d.Span.Start);
        w.WriteNumber(JsonNames.End, d.Span.End);
    }

    private static void WriteQuantity(Utf8JsonWriter w, QuantityMention q, Document doc)
    {
        w.WriteString(JsonNames.Id, q.Id);
        w.WriteString(JsonNames.Text, q.Text);
        w.WriteNumber(JsonNames.Value, Numbers.Canonical(q.Value));
        w.WriteString(JsonNames.Unit, q.Unit);
        if (q.ValueKg is { } kg)
        {
            w.WriteNumber(JsonNames.ValueKg, Numbers.Canonical(kg));
        }

        w.WriteString(JsonNames.Item, q.Item);
        w.WriteString(JsonNames.Qualifier, q.Qualifier);
        w.WriteString(JsonNames.Operation, q.Operation);
        w.WriteStartArray(JsonNames.Agencies);
        foreach (var agency in q.Agencies)
        {
            w.WriteStringValue(agency);
        }

        w.WriteEndArray();
        w.WriteString(JsonNames.Period, q.Period);
        w.WriteString(JsonNames.RepeatOf, q.RepeatOf);
        w.WriteString(JsonNames.BlockId, q.BlockId);
        w.WriteNumber(JsonNames.Start, q.Span.Start);
        w.WriteNumber(JsonNames.End, q.Span.End);
        w.WriteString(JsonNames.Sentence, Provenance.SentenceText(doc, q.Span));
    }

    private static void WriteArray<T>(Utf8JsonWriter w, JsonEncodedText name, IEnumerable<T> items, Action<Utf8JsonWriter, T> body)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            body(w, item);
            w.WriteEndObject();
            if (w.BytesPending > FlushAt)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
    }

    /// <summary>Pending bytes after which the writer hands its buffer to the stream (it would otherwise hold the whole document).</summary>
    private const int FlushAt = 16 * 1024;
}
