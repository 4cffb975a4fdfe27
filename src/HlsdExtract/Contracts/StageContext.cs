using Serilog;

namespace HlsdExtract.Contracts;

/// <summary>Per-document, per-call state handed to stages (stages themselves hold none).</summary>
public sealed record StageContext(ILogger Logger, CancellationToken CancellationToken);
