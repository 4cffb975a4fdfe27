namespace HlsdExtract.Export;

/// <summary>One document's output would pass the per-document limit; nothing of it is written.</summary>
public sealed class OutputLimitException(string file, long limit)
    : Exception($"{Path.GetFileName(file)} would be larger than the per-document output limit of {limit / 1048576.0:0.#} MB");
