using System.Text;

namespace HlsdExtract.Segment;

/// <summary>
/// Maps a heading to a taxonomy topic through the topics' heading wordings (exact after folding
/// case and punctuation, else best word overlap), and a block of text through its keywords.
/// </summary>
public sealed class TopicMatcher
{
    private const double MinOverlap = 0.6;

    /// <summary>Every topic's heading wordings and name, folded, with their content words, in taxonomy order.</summary>
    private readonly (TaxonomyTopic Topic, string Folded, HashSet<string> Words)[] wordings;

    private readonly (string Needle, int Weight)[][] keywords;

    public TopicMatcher(Taxonomy taxonomy)
    {
        Taxonomy = taxonomy;
        wordings = taxonomy.Topics.SelectMany(t => t.Headings.Append(t.Name).Select(w => Fold(w)).Select(f => (t, f, ContentWords(f)))).ToArray();
        keywords = taxonomy.Topics.Select(t => t.Keywords.Select(k => Fold(k)).Select(n => (" " + n, n.Count(c => c == ' ') + 1)).ToArray()).ToArray();
    }

    public Taxonomy Taxonomy { get; }

    public TaxonomyTopic? MatchHeading(string heading)
    {
        var key = Fold(heading);
        if (key.Length == 0)
        {
            return null;
        }

        var words = ContentWords(key);
        TaxonomyTopic? best = null;
        var bestScore = 0.0;
        foreach (var (topic, folded, wordingWords) in wordings)
        {
            if (folded == key)
            {
                return topic;
            }

            var score = Dice(words, wordingWords);
            if (score > bestScore)
            {
                (best, bestScore) = (topic, score);
            }
        }

        return bestScore >= MinOverlap ? best : null;
    }

    /// <summary>The topic whose keywords occur most (longer keywords weigh more), or null.</summary>
    public TaxonomyTopic? MatchKeywords(string text)
    {
        var haystack = " " + Fold(text) + " ";
        TaxonomyTopic? best = null;
        var bestScore = 0;
        for (var t = 0; t < keywords.Length; t++)
        {
            var score = 0;
            foreach (var (needle, weight) in keywords[t])
            {
                score += CountWordPrefix(haystack, needle) * weight;
            }

            if (score > bestScore)
            {
                (best, bestScore) = (Taxonomy.Topics[t], score);
            }
        }

        return best;
    }

    /// <summary>How often <paramref name="pattern"/> (a space, then the folded keyword) starts a word of the haystack.</summary>
    private static int CountWordPrefix(string haystack, string pattern)
    {
        var count = 0;
        for (var at = haystack.IndexOf(pattern, StringComparison.Ordinal); at >= 0;
             at = haystack.IndexOf(pattern, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static HashSet<string> ContentWords(string folded) =>
        folded.Split(' ').Where(w => w != "and" && w != "of").ToHashSet(StringComparer.Ordinal);

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    /// <summary>Lower case, '&amp;' as "and", other non-alphanumerics as single spaces.</summary>
    internal static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal))
        {
            var keep = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
            if (keep != ' ' || (sb.Length > 0 && sb[^1] != ' '))
            {
                sb.Append(keep);
            }
        }

        return sb.ToString().TrimEnd();
    }
}
