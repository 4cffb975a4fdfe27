using System.Text;

namespace HlsdExtract.Segment;

/// <summary>
/// Maps a heading to a taxonomy topic through the topics' heading wordings (exact after folding
/// case and punctuation, else best word overlap), and a block of text through its keywords.
/// </summary>
public sealed class TopicMatcher(Taxonomy taxonomy)
{
    private const double MinOverlap = 0.6;

    public Taxonomy Taxonomy { get; } = taxonomy;

    public TaxonomyTopic? MatchHeading(string heading)
    {
        var key = Fold(heading);
        if (key.Length == 0)
        {
            return null;
        }

        TaxonomyTopic? best = null;
        var bestScore = 0.0;
        foreach (var topic in Taxonomy.Topics)
        {
            foreach (var wording in topic.Headings.Append(topic.Name))
            {
                var folded = Fold(wording);
                if (folded == key)
                {
                    return topic;
                }

                var score = Dice(key, folded);
                if (score > bestScore)
                {
                    (best, bestScore) = (topic, score);
                }
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
        foreach (var topic in Taxonomy.Topics)
        {
            var score = 0;
            foreach (var (needle, weight) in FoldedKeywords(topic))
            {
                score += CountWordPrefix(haystack, needle) * weight;
            }

            if (score > bestScore)
            {
                (best, bestScore) = (topic, score);
            }
        }

        return best;
    }

    /// <summary>A topic's keywords folded once, with their weights (one per word).</summary>
    private (string Needle, int Weight)[] FoldedKeywords(TaxonomyTopic topic) =>
        folded.GetOrAdd(topic.Id, _ => topic.Keywords.Select(k => Fold(k)).Select(n => (n, n.Count(c => c == ' ') + 1)).ToArray());

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string, int)[]> folded = new(StringComparer.Ordinal);

    private static int CountWordPrefix(string haystack, string needle)
    {
        var count = 0;
        var pattern = " " + needle;
        for (var at = haystack.IndexOf(pattern, StringComparison.Ordinal); at >= 0;
             at = haystack.IndexOf(pattern, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static double Dice(string a, string b)
    {
        var wa = a.Split(' ').Where(w => w != "and" && w != "of").ToHashSet();
        var wb = b.Split(' ').Where(w => w != "and" && w != "of").ToHashSet();
        return wa.Count + wb.Count == 0 ? 0 : 2.0 * wa.Intersect(wb).Count() / (wa.Count + wb.Count);
    }

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
