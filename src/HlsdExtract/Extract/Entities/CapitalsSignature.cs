using System.Globalization;
using System.Text.RegularExpressions;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// "I, JANE Q. PUBLIC, Governor of ...": the speaker of a proclamation or order names themself in
/// capitals, then their office. The name is written back in title case ("Jane Q. Public").
/// </summary>
internal static partial class CapitalsSignature
{
    [GeneratedRegex(@"\bI, (?<name>[A-Z][A-Z'-]+(?: (?:[A-Z]\.|[A-Z][A-Z'-]+)){1,3}), (?<title>[A-Z][a-z]+)\b", RegexOptions.None, 1000)]
    private static partial Regex Pattern();

    public static void Find(Document doc, WordLists lists, List<EntityMention> found)
    {
        if (!doc.Text.Contains("I, ", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match m in Pattern().Matches(doc.Text))
        {
            var title = m.Groups["title"].Value;
            if (!lists.TitlePhrases.IsHead(title))
            {
                continue;
            }

            var name = m.Groups["name"];
            var span = new TextSpan(name.Index, name.Index + name.Length);
            found.Add(EntityFactory.Make(doc, EntityKind.Person, span, TitleCase(name.Value), title: title, confidence: 0.95));
        }
    }

    /// <summary>"DONALD J. TRUMP" -> "Donald J. Trump".</summary>
    internal static string TitleCase(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Length > 1 && w[1] != '.' ? w[0] + w[1..].ToLower(CultureInfo.InvariantCulture) : w));
}
