namespace HlsdExtract.Model;

/// <summary>A piece of text that ingest removed, with the rule that removed it.</summary>
public sealed record BoilerplateItem(string Text, string Reason);
