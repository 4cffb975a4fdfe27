using System.Text;
using HlsdExtract.Model;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Runs the line rules over normalized text and rebuilds the text from the kept lines: a removed
/// line takes the blank lines after it, and blank runs are capped at two.
/// </summary>
public sealed class BoilerplateStripper
{
    private readonly IReadOnlyList<IBoilerplateRule> _rules;

    public BoilerplateStripper()
    {
        _rules = [new BannerRule(), new BreadcrumbRule(), new SourceUrlRule(), new DoubledPhraseRule(), new PhraseListRule()];
    }

    /// <summary>A stripper that removes nothing (rules switched off).</summary>
    public static BoilerplateStripper None { get; } = new([]);

    private BoilerplateStripper(IReadOnlyList<IBoilerplateRule> rules) => _rules = rules;

    public StrippedText Strip(string normalizedText)
    {
        var scan = new BoilerplateScan(normalizedText.Split('\n'));
        foreach (var rule in _rules)
        {
            rule.Apply(scan);
        }

        var removed = new List<BoilerplateItem>();
        var kept = new List<string>();
        var skipBlanks = false;
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            var line = scan.Lines[i];
            if (scan.ReasonAt(i) is { } reason)
            {
                removed.Add(new BoilerplateItem(line, reason));
                skipBlanks = kept.Count == 0 || kept[^1].Length == 0;
                continue;
            }

            if (line.Length == 0 && skipBlanks)
            {
                continue;
            }

            skipBlanks = false;
            kept.Add(line);
        }

        return new StrippedText(Join(kept), removed, scan.RetrievedDate, scan.SourceUrl, scan.TitleHint);
    }

    private static string Join(List<string> lines)
    {
        var sb = new StringBuilder();
        var blanks = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blanks++;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n', Math.Min(blanks, 2) + 1);
            }

            blanks = 0;
            sb.Append(line);
        }

        return sb.ToString();
    }
}
