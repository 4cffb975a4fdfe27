namespace HlsdExtract.Contracts;

/// <summary>A document failed in a named stage; the batch records it and goes on.</summary>
public sealed class PipelineException(string stage, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Stage { get; } = stage;
}
