using System.Text.Json;
using HlsdExtract.Contracts;
using HlsdExtract.Export.Json;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Diff;

/// <summary>
/// Loads one side of a diff: a readout (extracted now), an extraction JSON, or an output folder
/// (every extraction JSON in it). Throws <see cref="InvalidDataException"/> with a clear message
/// when the side cannot be read.
/// </summary>
public static class DiffInputs
{
    /// <param name="readoutsInFolders">A folder without extraction JSON gives its readouts (extracted now) instead of an error.</param>
    public static List<DiffDocument> Load(string path, ExtractionPipeline pipeline, bool readoutsInFolders = false)
    {
        if (Directory.Exists(path))
        {
            var jsons = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList();
            var docs = jsons.Select(ReadJson).Where(d => d is not null).Select(d => d!).ToList();
            if (docs.Count == 0 && readoutsInFolders)
            {
                docs = Directory.GetFiles(path).Where(Batch.InputDiscovery.IsSupported).Order(StringComparer.Ordinal)
                    .SelectMany(f => Load(f, pipeline)).ToList();
            }

            return docs.Count > 0 ? docs : throw new InvalidDataException($"{path}: no extraction JSON in this folder (run `hlsd extract` into it first)");
        }

        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: no such file or folder");
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return [ReadJson(path) ?? throw new InvalidDataException($"{path}: not an extraction JSON written by `hlsd extract`")];
        }

        try
        {
            return [DiffDocuments.From(pipeline.Run(new RawInput(path, File.ReadAllBytes(path))))];
        }
        catch (PipelineException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Stage}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The document of an extraction JSON; null when the file is some other JSON (no schemaVersion nor
    /// docId: a report in an output folder). One that claims to be an extraction but breaks the
    /// contract (schema version, field types) is refused with the reason.
    /// </summary>
    private static DiffDocument? ReadJson(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !(root.TryGetProperty("schemaVersion", out _) || root.TryGetProperty("docId", out _)))
            {
                return null;
            }

            return ExtractionJsonCheck.Problem(root) is { } problem
                ? throw new InvalidDataException($"{path}: not an extraction of `hlsd extract`: {problem}")
                : DiffDocuments.FromJson(root);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({ex.Message})", ex);
        }
    }
}
