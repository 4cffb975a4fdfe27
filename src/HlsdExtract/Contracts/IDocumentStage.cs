using HlsdExtract.Model;

namespace HlsdExtract.Contracts;

/// <summary>One step of the pipeline. Implementations are stateless and thread-safe.</summary>
public interface IDocumentStage
{
    /// <summary>A short name for logs and error rows.</summary>
    string Name { get; }

    Document Process(Document document, StageContext context);
}
