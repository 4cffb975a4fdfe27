using System.Text.RegularExpressions;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// Legal instruments named by their number ("Executive Order 14059", "E.O. 14059"), from
/// <c>numbered-instruments.tsv</c>: a program named by its kind's canonical words and the number.
/// </summary>
internal static class NumberedInstruments
{
    private static readonly (string Form, string Kind)[] Forms =
        [.. LanguageData.All.SelectMany(l => l.Table("numbered-instruments.tsv")).Where(r => r.Length > 1).Select(r => (r[0].Trim(), r[1].Trim()))];

    private static readonly Regex Pattern = new(
        @"(?<![\p{L}.])(?<form>" + string.Join('|', Forms.Select(f => Regex.Escape(f.Form)).OrderByDescending(f => f.Length)) + @")(?: No\.)? (?<number>[1-9][0-9]{3,4})(?![0-9])",
        RegexOptions.None,
        TimeSpan.FromMilliseconds(1000));

    public static bool MayMatch(string text) => Forms.Any(f => text.Contains(f.Form, StringComparison.Ordinal));

    public static void Find(Document doc, Block block, string text, List<EntityMention> found)
    {
        foreach (Match m in Pattern.Matches(text))
        {
            var kind = Forms.First(f => f.Form == m.Groups["form"].Value).Kind;
            var span = new TextSpan(block.Span.Start + m.Index, block.Span.Start + m.Index + m.Length);
            found.Add(EntityFactory.Make(doc, EntityKind.Program, span, kind + " " + m.Groups["number"].Value, confidence: 0.9));
        }
    }
}
