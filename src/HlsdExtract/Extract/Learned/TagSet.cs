using HlsdExtract.Model;

namespace HlsdExtract.Extract.Learned;

/// <summary>The entity types the tagger learns and reading its BIO tags ("O", "B-agency", "I-agency", ...; each kind names its own).</summary>
public static class TagSet
{
    public const string Outside = "O";

    public static IReadOnlyList<EntityKind> Types => EntityKind.All;

    public static EntityKind? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? EntityKind.Find(tag[2..]) : null;

    public static bool IsInside(string tag) => tag.StartsWith("I-", StringComparison.Ordinal);
}
