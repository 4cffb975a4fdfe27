using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HlsdExtract.Model;

namespace HlsdExtract.Gold;

/// <summary>The tagger's mention-level labels as JSON lines: one {"start","end","type","text"} per span of the cleaned text.</summary>
public static class MentionFile
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] ToBytes(Document doc, IEnumerable<(TextSpan Span, EntityKind Type)> mentions)
    {
        using var buffer = new MemoryStream();
        foreach (var (span, type) in mentions)
        {
            using (var w = new Utf8JsonWriter(buffer, Options))
            {
                w.WriteStartObject();
                w.WriteNumber("start", span.Start);
                w.WriteNumber("end", span.End);
                w.WriteString("type", type.Name);
                w.WriteString("text", doc.Slice(span));
                w.WriteEndObject();
            }

            buffer.Write(Encoding.UTF8.GetBytes("\n"));
        }

        return buffer.ToArray();
    }
}
