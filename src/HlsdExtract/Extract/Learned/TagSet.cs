using HlsdExtract.Model;

namespace HlsdExtract.Extract.Learned;

/// <summary>The entity types the tagger learns and their BIO tags ("O", "B-agency", "I-agency", ...).</summary>
public static class TagSet
{
    public const string Outside = "O";

    public static IReadOnlyList<EntityKind> Types => EntityKind.All;

    public static string Begin(EntityKind type) => type.BeginTag;

    public static string Inside(EntityKind type) => type.InsideTag;

    public static EntityKind? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? EntityKind.Find(tag[2..]) : null;

    public static bool IsInside(string tag) => tag.StartsWith("I-", StringComparison.Ordinal);
}
