using System.Text.Encodings.Web;
using System.Text.Json;
using HlsdExtract.Model;
using HlsdExtract.Util;

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
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            w.WriteString("schemaVersion", SchemaVersion);
            w.WriteString("docId", doc.DocId);
            w.WriteStartObject("source");
            w.WriteString("path", doc.Source.Path);
            w.WriteString("sha256", doc.Source.Sha256);
            w.WriteString("format", doc.Source.Format);
            w.WriteEndObject();
            WriteMetadata(w, doc.Metadata);
            w.WriteString("text", doc.Text);
            w.WriteNumber("invalidBytes", doc.InvalidBytes);
            WriteArray(w, "boilerplate", doc.Boilerplate, (w, b) =>
            {
                w.WriteString("text", b.Text);
                w.WriteString("reason", b.Reason);
            });
            WriteArray(w, "sections", doc.Sections, (w, s) => WriteSection(w, s, doc));
            WriteArray(w, "entities", doc.Entities, WriteEntity);
            WriteArray(w, "dates", doc.Dates, WriteDate);
            WriteArray(w, "quantities", doc.Quantities, (w, q) => WriteQuantity(w, q, doc));
            w.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteMetadata(Utf8JsonWriter w, DocumentMetadata m)
    {
        w.WriteStartObject("metadata");
        w.WriteString("title", m.Title);
        w.WriteString("meetingDate", m.MeetingDate);
        w.WriteString("location", m.Location);
        w.WriteString("sourceUrl", m.SourceUrl);
        w.WriteString("retrievedDate", m.RetrievedDate);
        w.WriteString("publishedDate", m.PublishedDate);
        if (m.DocumentYear is { } year)
        {
            w.WriteNumber("documentYear", year);
        }
        else
        {
            w.WriteNull("documentYear");
        }

        w.WriteEndObject();
    }

    private static void WriteSection(Utf8JsonWriter w, Section s, Document doc)
    {
        w.WriteString("id", s.Id);
        w.WriteString("heading", s.Heading);
        w.WriteBoolean("headingInferred", s.HeadingInferred);
        w.WriteString("topic", s.Topic);
        w.WriteString("goal", s.Goal);
        WriteArray(w, "blocks", s.Blocks, (w, b) =>
        {
            w.WriteString("id", b.Id);
            w.WriteString("kind", b.Kind == BlockKind.Bullet ? "bullet" : "paragraph");
            w.WriteNumber("start", b.Span.Start);
            w.WriteNumber("end", b.Span.End);
            w.WriteString("text", doc.Slice(b.Span));
        });
    }

    private static void WriteEntity(Utf8JsonWriter w, EntityMention e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type);
        w.WriteString("text", e.Text);
        w.WriteString("canonical", e.Canonical);
        w.WriteString("acronym", e.Acronym);
        w.WriteString("country", e.Country);
        if (e.Type == "person")
        {
            w.WriteString("title", e.Title);
        }

        w.WriteString("blockId", e.BlockId);
        w.WriteNumber("start", e.Span.Start);
        w.WriteNumber("end", e.Span.End);
        w.WriteString("source", e.Source);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 4));
    }

    private static void WriteDate(Utf8JsonWriter w, DateMention d)
    {
        w.WriteString("id", d.Id);
        w.WriteString("text", d.Text);
        w.WriteString("normalized", d.Normalized);
        w.WriteString("kind", d.Kind);
        w.WriteString("rangeStart", d.RangeStart);
        w.WriteString("rangeEnd", d.RangeEnd);
        w.WriteString("blockId", d.BlockId);
        w.WriteNumber("start", d.Span.Start);
        w.WriteNumber("end", d.Span.End);
    }

    private static void WriteQuantity(Utf8JsonWriter w, QuantityMention q, Document doc)
    {
        w.WriteString("id", q.Id);
        w.WriteString("text", q.Text);
        w.WriteNumber("value", Numbers.Canonical(q.Value));
        w.WriteString("unit", q.Unit);
        if (q.ValueKg is { } kg)
        {
            w.WriteNumber("valueKg", Numbers.Canonical(kg));
        }

        w.WriteString("item", q.Item);
        w.WriteString("qualifier", q.Qualifier);
        w.WriteString("operation", q.Operation);
        w.WriteStartArray("agencies");
        foreach (var agency in q.Agencies)
        {
            w.WriteStringValue(agency);
        }

        w.WriteEndArray();
        w.WriteString("period", q.Period);
        w.WriteString("blockId", q.BlockId);
        w.WriteNumber("start", q.Span.Start);
        w.WriteNumber("end", q.Span.End);
        w.WriteString("sentence", Provenance.SentenceText(doc, q.Span));
    }

    private static void WriteArray<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> body)
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
