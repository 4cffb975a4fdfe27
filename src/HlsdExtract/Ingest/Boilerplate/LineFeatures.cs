using System.Text.RegularExpressions;
using HlsdExtract.Common;
using HlsdExtract.Scoring;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Features of one line for the boilerplate classifier, of the kinds jusText and boilerpipe use:
/// length and word count, stop-word and capitalization ratios, final punctuation, digits, URL
/// likeness, doubled text, dates and temperatures, position in the document, the same cues for
/// the neighbouring lines and the length of the run of short lines it sits in, and its words;
/// and layout: where it sits against the headline and the prose (above the headline, between it
/// and the first prose, after the last prose), whether it is repeated, a name alone, a byline, a
/// date or time stamp, a menu item.
/// </summary>
internal static partial class LineFeatures
{
    private static readonly Lazy<HashSet<string>> StopWords = new(() =>
        DataFiles.ReadTable("stopwords.txt").SelectMany(r => r[0].Split(' ')).ToHashSet(StringComparer.Ordinal));

    /// <summary>The non-blank lines' features, in order (index into <paramref name="lines"/> given with each).</summary>
    public static List<(int Line, int[] Features)> All(IReadOnlyList<string> lines)
    {
        var content = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim().Length > 0).ToList();
        var prose = content.Count == 0 ? 0 : content.Count(i => IsProse(lines[i])) * 4 / content.Count;
        var firstProse = content.FindIndex(i => IsProse(lines[i]));
        var lastProse = content.FindLastIndex(i => IsProse(lines[i]));
        var trimmed = lines.Select(l => l.Trim()).ToList();
        var headline = HeaderRule.FindHeadline(new BoilerplateScan(trimmed));
        var counts = content.GroupBy(i => trimmed[i], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<(int, int[])>(content.Count);
        var features = new List<int>(64);
        for (var k = 0; k < content.Count; k++)
        {
            features.Clear();
            var line = trimmed[content[k]];
            Own(line, "", features);
            Layout(line, features);
            features.Add(FeatureHasher.Index("pos", Bucket(k, content.Count)));
            features.Add(FeatureHasher.Index("doc-prose", prose.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var run = ShortRun(lines, content, k);
            var beforeProse = firstProse < 0 || k < firstProse;

            // A run of short lines is a menu before the prose, and as often a list of places or names in it.
            foreach (var least in new[] { 2, 3, 5, 8 })
            {
                if (run >= least)
                {
                    features.Add(FeatureHasher.Index(beforeProse ? "short-run>=|before" : "short-run>=|after", least.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            if (EndsWithNearbyLine(trimmed, content, k))
            {
                features.Add(FeatureHasher.Index("ends-with-nearby-line"));
            }

            var marker = line.StartsWith('•') || line.StartsWith("* ", StringComparison.Ordinal) || Numbered().IsMatch(line);
            var region = headline < 0 ? (beforeProse ? "no-headline-before-prose" : "no-headline")
                : content[k] < headline ? "above-headline" : content[k] == headline ? "headline" : beforeProse ? "below-headline" : "body";
            features.Add(FeatureHasher.Index("region", region));
            features.Add(FeatureHasher.Index(beforeProse ? "before-prose" : lastProse >= 0 && k > lastProse ? "after-last-prose" : "after-prose"));
            if (counts[line] > 1)
            {
                features.Add(FeatureHasher.Index("repeated", k > 0 && trimmed[content[k - 1]] == line || k + 1 < content.Count && trimmed[content[k + 1]] == line ? "adjacent" : "apart"));
            }

            if (beforeProse)
            {
                features.Add(FeatureHasher.Index("before-prose|marker", marker ? "y" : "n"));
                features.Add(FeatureHasher.Index("before-prose|run>=3", run >= 3 ? "y" : "n"));
            }

            features.Add(FeatureHasher.Index("region|marker", region + (marker ? "|y" : "|n")));
            Neighbour(lines, content, k - 1, "prev", features);
            Neighbour(lines, content, k + 1, "next", features);
            foreach (var word in Words().EnumerateMatches(line))
            {
                features.Add(FeatureHasher.Index("word", line.AsSpan(word.Index, word.Length).ToString().ToLowerInvariant()));
            }

            result.Add((content[k], [.. features]));
        }

        return result;
    }

    /// <summary>What the line looks like to the header and footer rules: a name alone, a headline, a date or time stamp, a byline, a glued field.</summary>
    private static void Layout(string line, List<int> f)
    {
        if (LineShapes.IsNameAlone(line))
        {
            f.Add(FeatureHasher.Index("name-alone"));
        }

        if (LineShapes.IsHeadline(line))
        {
            f.Add(FeatureHasher.Index("headline-like"));
        }

        if (LineShapes.HasDate(line))
        {
            f.Add(FeatureHasher.Index("full-date", LineShapes.IsProse(line) ? "in-prose" : "short"));
        }

        if (LineShapes.HasClockTime(line))
        {
            f.Add(FeatureHasher.Index("clock-time"));
        }

        if (Byline().IsMatch(line))
        {
            f.Add(FeatureHasher.Index("byline"));
        }

        if (line.Contains('|', StringComparison.Ordinal))
        {
            f.Add(FeatureHasher.Index("pipe"));
        }

        // Link texts scraped without their separators: "HomeGovernmentThird Meeting", "AffairsTuesday, January".
        var glued = Glued().Count(line);
        if (glued > 0)
        {
            f.Add(FeatureHasher.Index("glued-words", glued > 1 ? "2+" : "1"));
        }

        if (NavigationListRule.IsMenuItem(line))
        {
            f.Add(FeatureHasher.Index("menu-item"));
        }
    }

    private static void Own(string line, string prefix, List<int> f)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        f.Add(FeatureHasher.Index(prefix + "len", Log2(line.Length)));
        f.Add(FeatureHasher.Index(prefix + "words", Log2(words.Length)));
        f.Add(FeatureHasher.Index(prefix + "end", line[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '"' or ')' ? line[^1].ToString() : "none"));
        if (prefix.Length > 0)
        {
            return;
        }

        f.Add(FeatureHasher.Index("stop", Ratio(words.Count(w => StopWords.Value.Contains(w.ToLowerInvariant())), words.Length)));
        f.Add(FeatureHasher.Index("caps", Ratio(words.Count(w => char.IsUpper(w[0])), words.Length)));
        f.Add(FeatureHasher.Index("digits", Ratio(line.Count(char.IsAsciiDigit), line.Length)));
        f.Add(FeatureHasher.Index("first", words[0].ToLowerInvariant()));
        f.Add(FeatureHasher.Index("shape", TokenFeatureShape.Of(words[0])));
        if (Url().IsMatch(line))
        {
            f.Add(FeatureHasher.Index("url"));
        }

        if (Doubled().IsMatch(line))
        {
            f.Add(FeatureHasher.Index("doubled"));
        }

        if (BannerRule.Temperature().IsMatch(line))
        {
            f.Add(FeatureHasher.Index("temperature"));
        }

        if (Weekday().IsMatch(line))
        {
            f.Add(FeatureHasher.Index("weekday-date"));
        }

        if (line.All(c => !char.IsLower(c)))
        {
            f.Add(FeatureHasher.Index("no-lower"));
        }

    }

    private static void Neighbour(IReadOnlyList<string> lines, List<int> content, int k, string prefix, List<int> f)
    {
        if (k < 0 || k >= content.Count)
        {
            f.Add(FeatureHasher.Index(prefix + "-none"));
            return;
        }

        Own(lines[content[k]].Trim(), prefix + "-", f);
    }

    /// <summary>A breadcrumb trail: the line ends with a whole line written within four lines of it (the page's title).</summary>
    private static bool EndsWithNearbyLine(List<string> lines, List<int> content, int k)
    {
        var line = lines[content[k]];
        for (var j = Math.Max(0, k - 4); j < Math.Min(content.Count, k + 5); j++)
        {
            var other = lines[content[j]];
            if (j != k && line.Length > other.Length + 4 && other.Length >= 8 && line.EndsWith(other, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many consecutive content lines around this one are short and unpunctuated (menus, link lists).</summary>
    private static int ShortRun(IReadOnlyList<string> lines, List<int> content, int k)
    {
        if (!IsShort(lines[content[k]]))
        {
            return 0;
        }

        var run = 1;
        for (var j = k - 1; j >= 0 && IsShort(lines[content[j]]); j--)
        {
            run++;
        }

        for (var j = k + 1; j < content.Count && IsShort(lines[content[j]]); j++)
        {
            run++;
        }

        return run;
    }

    private static bool IsShort(string line)
    {
        var t = line.Trim();
        return t.Length < 40 && t.Length > 0 && t[^1] is not ('.' or '!' or '?');
    }

    private static bool IsProse(string line) => LineShapes.IsProse(line);

    private static string Log2(int n) => (n <= 0 ? 0 : (int)Math.Log2(n) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Ratio(int part, int whole) => whole == 0 ? "0" : ((part * 4) / whole).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Bucket(int k, int count) =>
        k < 3 ? "start" + k.ToString(System.Globalization.CultureInfo.InvariantCulture) : count - k <= 3 ? "end" : (k * 5 / count).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"https?://|www\.|\.gov\b|\.com\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Url();

    [GeneratedRegex(@"^(.{3,}?)\1$", RegexOptions.None, 1000)]
    private static partial Regex Doubled();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),", RegexOptions.None, 1000)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:By|Published by|Posted by|Written by|Source|Fuente|Por)\b", RegexOptions.None, 1000)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\p{Ll}{2}\p{Lu}\p{Ll}|\p{L}{3}[0-9]{4}\b", RegexOptions.None, 1000)]
    private static partial Regex Glued();

    [GeneratedRegex(@"^[0-9]{1,2}\. ", RegexOptions.None, 1000)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"[\p{L}][\p{L}'’.-]*", RegexOptions.None, 1000)]
    private static partial Regex Words();
}
