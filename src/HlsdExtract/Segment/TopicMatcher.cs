using System.Buffers;

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

    /// <summary>Every topic's keywords folded, as " keyword" patterns with their weight (one per word) and topic index.</summary>
    private readonly (string Pattern, int Weight, int Topic)[] keywords;

    /// <summary><see cref="keywords"/> as one multi-string search: the haystack is read once, not once per keyword.</summary>
    private readonly SearchValues<string> keywordSearch;

    public TopicMatcher(Taxonomy taxonomy)
    {
        Taxonomy = taxonomy;
        wordings = taxonomy.Topics.SelectMany(t => t.Headings.Append(t.Name).Select(w => Fold(w)).Select(f => (t, f, ContentWords(f)))).ToArray();
        keywords = taxonomy.Topics.SelectMany((t, i) => t.Keywords.Select(k => Fold(k)).Select(n => (" " + n, n.Count(c => c == ' ') + 1, i))).ToArray();
        keywordSearch = SearchValues.Create(keywords.Select(k => k.Pattern).Distinct().ToArray(), StringComparison.Ordinal);
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
        var scores = new int[Taxonomy.Topics.Count];
        var rest = haystack.AsSpan();
        for (var at = rest.IndexOfAny(keywordSearch); at >= 0; at = rest.IndexOfAny(keywordSearch))
        {
            // Every keyword starting here counts (a keyword may also start inside a longer one's match).
            rest = rest[at..];
            foreach (var (pattern, weight, topic) in keywords)
            {
                if (rest.StartsWith(pattern, StringComparison.Ordinal))
                {
                    scores[topic] += weight;
                }
            }

            rest = rest[1..];
        }

        TaxonomyTopic? best = null;
        var bestScore = 0;
        for (var t = 0; t < scores.Length; t++)
        {
            if (scores[t] > bestScore)
            {
                (best, bestScore) = (Taxonomy.Topics[t], scores[t]);
            }
        }

        return best;
    }

    private static HashSet<string> ContentWords(string folded) =>
        folded.Split(' ').Where(w => w != "and" && w != "of").ToHashSet(StringComparer.Ordinal);

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    /// <summary>Lower case, '&amp;' as "and", other non-alphanumerics as single spaces.</summary>
    internal static string Fold(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + (4 * text.AsSpan().Count('&')) + 1);
        var n = 0;
        foreach (var c in text)
        {
            if (c == '&')
            {
                foreach (var a in " and ")
                {
                    Put(buffer, ref n, a);
                }
            }
            else
            {
                Put(buffer, ref n, c);
            }
        }

        while (n > 0 && buffer[n - 1] == ' ')
        {
            n--;
        }

        var folded = new string(buffer, 0, n);
        ArrayPool<char>.Shared.Return(buffer);
        return folded;
    }

    /// <summary>Appends <paramref name="c"/> folded: a letter or digit lower-cased, anything else a space unless one precedes it.</summary>
    private static void Put(char[] buffer, ref int n, char c)
    {
        var keep = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
        if (keep != ' ' || (n > 0 && buffer[n - 1] != ' '))
        {
            buffer[n++] = keep;
        }
    }
}
