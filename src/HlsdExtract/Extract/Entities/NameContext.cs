using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Entities;

/// <summary>What the words around a name found by its shape say about it.</summary>
internal static class NameContext
{
    /// <summary>A quoted name between two words of a person's name (Juan "El Huevo" Treviño) or after "alias": a nickname, not a program.</summary>
    public static bool IsNickname(string text, Match m)
    {
        var before = text.AsSpan(0, m.Index).TrimEnd(' ');
        var after = text.AsSpan(m.Index + m.Length).TrimStart(' ');
        var wordBefore = before.Length > 0 && char.IsLetter(before[^1]) ? before[(before.LastIndexOf(' ') + 1)..] : [];
        return (wordBefore.Length > 0 && char.IsUpper(wordBefore[0]) && after.Length > 0 && char.IsUpper(after[0]) && text.AsSpan(m.Index - 1, 1).SequenceEqual(" "))
            || wordBefore is "alias" or "aka" || before.EndsWith("known as", StringComparison.Ordinal) || before.EndsWith("(", StringComparison.Ordinal);
    }

    /// <summary>The word after <paramref name="at"/> (spaces skipped), up to a space, comma or full stop.</summary>
    public static string NextWord(string text, int at)
    {
        var rest = text.AsSpan(at).TrimStart(' ');
        var end = rest.IndexOfAny(' ', ',', '.');
        return (end < 0 ? rest : rest[..end]).ToString();
    }
}
