using HlsdExtract.Model;

namespace HlsdExtract.Language;

/// <summary>
/// A gazetteer over token sequences: entries are tokenized exactly like documents, stored in a
/// trie keyed by token text, and matched longest-first in one pass over a document's tokens.
/// </summary>
public sealed class TokenTrie<T>
    where T : class
{
    private readonly TokenTrieNode _root = new();

    /// <summary>The first characters of the entries' first tokens: a token starting with any other cannot open a match.</summary>
    private readonly HashSet<char> _firstChars = [];

    /// <summary><see cref="_firstChars"/> for ASCII, as a table (the common case, read once per token).</summary>
    private readonly bool[] _asciiFirst = new bool[128];

    public int Count { get; private set; }

    public void Add(string entry, T payload)
    {
        var tokens = WordTokenizer.Tokenize(entry, new TextSpan(0, entry.Length));
        if (tokens.Count == 0)
        {
            return;
        }

        var first = entry[tokens[0].Start];
        _firstChars.Add(first);
        if (first < 128)
        {
            _asciiFirst[first] = true;
        }

        var node = _root;
        foreach (var token in tokens)
        {
            var key = token.Span.Slice(entry);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new TokenTrieNode();
                node.Children[key] = child;
            }

            node = child;
        }

        if (node.Payload is null)
        {
            node.Payload = payload;
            Count++;
        }
    }

    /// <summary>Longest non-overlapping matches among <paramref name="tokens"/>[from..to).</summary>
    public IEnumerable<(int FirstToken, int LastToken, T Payload)> Match(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var c = text[tokens[i].Start];
            if (c < 128 ? !_asciiFirst[c] : !_firstChars.Contains(c))
            {
                i++;
                continue;
            }

            if (_root.Longest(text, tokens, i, to, out var last) is T payload)
            {
                yield return (i, last, payload);
                i = last + 1;
            }
            else
            {
                i++;
            }
        }
    }
}
