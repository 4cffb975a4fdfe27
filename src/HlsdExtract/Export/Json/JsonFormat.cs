using HlsdExtract.Export.Formats;
using HlsdExtract.Model;

namespace HlsdExtract.Export.Json;

/// <summary><c>&lt;doc_id&gt;.json</c> per document: the output contract's full extraction (<see cref="DocumentJsonWriter"/>).</summary>
public sealed class JsonFormat : IOutputFormat
{
    public string Name => "json";

    public static string PathOf(string outputDirectory, string docId) => Path.Combine(outputDirectory, docId + ".json");

    public IReadOnlyList<string> DocumentFiles(string outputDirectory, string docId) => [PathOf(outputDirectory, docId)];

    public IReadOnlyList<PendingFile> StageDocument(string outputDirectory, Document document, long maxBytes) =>
        [AtomicFile.Prepare(PathOf(outputDirectory, document.DocId), s => DocumentJsonWriter.Write(s, document), maxBytes)];
}
