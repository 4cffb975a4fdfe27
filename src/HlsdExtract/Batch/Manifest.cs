using System.Text;
using System.Text.Json;
using HlsdExtract.Export;

namespace HlsdExtract.Batch;

/// <summary>
/// What the last run extracted, kept in <c>&lt;output&gt;/.hlsd/manifest.json</c>: entries are reused
/// only when the pipeline version (code, word lists and models) is the same. Deterministic bytes:
/// entries sorted by path, no timestamps. An entry kept from an earlier run because this run failed
/// on its input says so (<c>"stale": true</c> and the reason).
/// </summary>
public sealed record Manifest(string PipelineVersion, IReadOnlyDictionary<string, ManifestEntry> Entries)
{
    public const string StateFolder = ".hlsd";

    public static string PathIn(string outputDirectory) => System.IO.Path.Combine(outputDirectory, StateFolder, "manifest.json");

    /// <summary>The manifest in <paramref name="outputDirectory"/>, or an empty one when it is missing, unreadable or from another version.</summary>
    public static Manifest Load(string outputDirectory, string pipelineVersion)
    {
        var empty = new Manifest(pipelineVersion, new Dictionary<string, ManifestEntry>(StringComparer.Ordinal));
        var path = PathIn(outputDirectory);
        if (!File.Exists(path))
        {
            return empty;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
            foreach (var e in root.GetProperty("entries").EnumerateArray())
            {
                var entry = new ManifestEntry(e.GetProperty("path").GetString()!, e.GetProperty("sha256").GetString()!,
                    e.GetProperty("docId").GetString()!, e.GetProperty("rowsFile").GetString()!)
                {
                    StaleReason = e.TryGetProperty("staleReason", out var reason) ? reason.GetString() : null,
                };
                entries[entry.Path] = entry;
            }

            return new Manifest(root.GetProperty("pipelineVersion").GetString()!, entries);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return empty;
        }
    }

    public void Save(string outputDirectory)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("pipelineVersion", PipelineVersion);
            w.WriteStartArray("entries");
            foreach (var e in Entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("path", e.Path);
                w.WriteString("sha256", e.Sha256);
                w.WriteString("docId", e.DocId);
                w.WriteString("rowsFile", e.RowsFile);
                if (e.StaleReason is { } reason)
                {
                    w.WriteBoolean("stale", true);
                    w.WriteString("staleReason", reason);
                }
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        buffer.Write(Encoding.UTF8.GetBytes("\n"));
        AtomicFile.WriteIfChanged(PathIn(outputDirectory), buffer.ToArray());
    }
}
