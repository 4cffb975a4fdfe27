using System.Buffers;
using HlsdExtract.Model;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Runs the line rules over normalized text and rebuilds the text from the kept lines: a removed
/// line takes the blank lines after it, and blank runs are capped at two.
/// </summary>
public sealed class BoilerplateStripper
{
    private readonly IReadOnlyList<IBoilerplateRule> _rules;

    /// <summary>Lines the classifier must be this sure of before it removes what the rules kept.</summary>
    public const double DefaultThreshold = 0.9;

    /// <summary>
    /// The rules only. The shipped classifier is not on by default: measured leave-one-document-out on
    /// the 44 pages with gold (<c>hlsd evaluate</c>), rules + classifier remove no chrome line the rules
    /// keep and 22 content lines more (a county list taken for a menu), and a stripper must never lose content.
    /// </summary>
    public BoilerplateStripper()
        : this(classifier: null)
    {
    }

    public BoilerplateStripper(Scoring.LinearModel? classifier, bool rules = true, double threshold = DefaultThreshold)
    {
        IBoilerplateRule[] ruleSet = rules
            ? [
                new BannerRule(), new BreadcrumbRule(), new SourceUrlRule(), new DoubledPhraseRule(), new PhraseListRule(), new NoticeRule(), new PageFieldRule(),
                new BylineRule(), new FooterRule(), new RepeatedLineRule(), new NavigationListRule(), new HeaderRule(),
            ]
            : [];
        _rules = classifier is null ? ruleSet : [.. ruleSet, new ClassifierRule(classifier, threshold)];
    }

    /// <summary>A stripper that removes nothing (rules switched off).</summary>
    public static BoilerplateStripper None { get; } = new([]);

    private BoilerplateStripper(IReadOnlyList<IBoilerplateRule> rules) => _rules = rules;

    /// <summary>Strips the chrome; <paramref name="headlineGiven"/> when the reader found the headline apart from the text (front matter), so no line of the text is looked at as one.</summary>
    public StrippedText Strip(string normalizedText, bool headlineGiven = false)
    {
        var scan = Scan(normalizedText.Split('\n'), headlineGiven);

        var removed = new List<BoilerplateItem>();
        var kept = new List<string>();
        var skipBlanks = false;
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            var line = scan.Lines[i];
            if (scan.ReasonAt(i) is { } reason && scan.KeptAt(i) is { } part)
            {
                var (start, length) = part;
                removed.Add(new BoilerplateItem((line[..start] + " " + line[(start + length)..]).Trim(), reason));
                kept.Add(line.Substring(start, length));
                skipBlanks = false;
                continue;
            }

            if (scan.ReasonAt(i) is { } wholeReason)
            {
                removed.Add(new BoilerplateItem(line, wholeReason));
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

        return new StrippedText(Join(kept, normalizedText.Length), removed, scan.RetrievedDate, scan.SourceUrl, scan.TitleHint);
    }

    /// <summary>The rules' verdict on each line (evaluation reads it line by line).</summary>
    internal BoilerplateScan Scan(IReadOnlyList<string> lines, bool headlineGiven = false)
    {
        var scan = new BoilerplateScan(lines);
        foreach (var rule in _rules.Where(r => !headlineGiven || r is not HeaderRule))
        {
            rule.Apply(scan);
        }

        return scan;
    }

    /// <remarks>
    /// <paramref name="capacity"/>: the text's length, which the kept lines and their capped blank runs never exceed;
    /// the lines are written into a pooled buffer of that size and copied once into the result.
    /// </remarks>
    private static string Join(List<string> lines, int capacity)
    {
        var buffer = ArrayPool<char>.Shared.Rent(capacity);
        try
        {
            var length = 0;
            var blanks = 0;
            foreach (var line in lines)
            {
                if (line.Length == 0)
                {
                    blanks++;
                    continue;
                }

                if (length > 0)
                {
                    var newlines = Math.Min(blanks, 2) + 1;
                    buffer.AsSpan(length, newlines).Fill('\n');
                    length += newlines;
                }

                blanks = 0;
                line.CopyTo(buffer.AsSpan(length));
                length += line.Length;
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
