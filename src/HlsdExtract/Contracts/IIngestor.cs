using HlsdExtract.Model;

namespace HlsdExtract.Contracts;

/// <summary>Turns raw bytes into a document with cleaned text and metadata from the chrome.</summary>
public interface IIngestor
{
    Document Ingest(RawInput input, StageContext context);
}
