namespace HlsdExtract.Extract.Learned;

/// <summary>The entity types the tagger learns and their BIO tags ("O", "B-agency", "I-agency", ...).</summary>
public static class TagSet
{
    public const string Outside = "O";

    public static readonly IReadOnlyList<string> Types = ["agency", "program", "operation", "person", "criminal_org", "location"];

    public static string Begin(string type) => "B-" + type;

    public static string Inside(string type) => "I-" + type;

    public static string? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;

    public static bool IsInside(string tag) => tag.StartsWith("I-", StringComparison.Ordinal);
}
