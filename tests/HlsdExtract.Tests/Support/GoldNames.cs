using System.Text.Json;
using HlsdExtract.Gold;
using HlsdExtract.Model;

namespace HlsdExtract.Tests.Support;

/// <summary>
/// The shared scoring convention (the library's <see cref="NameKeys"/>): names compare by canonical
/// name or acronym, case-insensitively, ignoring "the", "U.S." and punctuation.
/// </summary>
internal static class GoldNames
{
    public static string Key(string name) => NameKeys.Key(name);

    /// <summary>All keys an extracted entity of <paramref name="type"/> answers to (canonical and acronym).</summary>
    public static HashSet<string> Keys(Document doc, string type) =>
        doc.Entities.Where(e => e.Type.Name == type)
            .SelectMany(e => e.Acronym is { } a ? new[] { Key(e.Canonical), Key(a) } : [Key(e.Canonical)])
            .ToHashSet();

    public static IEnumerable<string> KeysOf(JsonElement goldItem)
    {
        yield return Key(goldItem.GetProperty("name").GetString()!);
        if (goldItem.TryGetProperty("acronym", out var a) && a.ValueKind == JsonValueKind.String)
        {
            yield return Key(a.GetString()!);
        }
    }

    public static bool Required(JsonElement goldItem) =>
        !goldItem.TryGetProperty("required", out var r) || r.GetBoolean();
}
