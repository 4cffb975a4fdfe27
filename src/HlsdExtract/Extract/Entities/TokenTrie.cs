using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// A gazetteer over token sequences: entries are tokenized exactly like documents, stored in a
/// trie keyed by token text, and matched longest-first in one pass over a document's tokens.
/// </summary>
public sealed class TokenTrie<T>
    where T : class
{
    private readonly Node _root = new();

    /// <summary>The first characters of the entries' first tokens: a token starting with any other cannot open a match.</summary>
    private readonly HashSet<char> _firstChars = [];

    /// <summary><see cref="_firstChars"/> for ASCII, as a table (the common case, read once per token).</summary>
    private readonly bool[] _asciiFirst = new bool[128];

    public int Count { get; private set; }

    public void Add(string entry, T payload)
    {
        var tokens = Segment.Tokenizer.Tokenize(entry, new TextSpan(0, entry.Length));
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
                child = new Node();
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

            var node = _root;
            (int Last, T Payload)? best = null;
            for (var j = i; j < to; j++)
            {
                var key = tokens[j].Span.SliceSpan(text);
                if (!node.BySpan.TryGetValue(key, out var child))
                {
                    break;
                }

                node = child;
                if (node.Payload is not null)
                {
                    best = (j, node.Payload);
                }
            }

            if (best is { } b)
            {
                yield return (i, b.Last, b.Payload);
                i = b.Last + 1;
            }
            else
            {
                i++;
            }
        }
    }

    private sealed class Node
    {
        public Node() => BySpan = Children.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        /// <summary><see cref="Children"/> looked up by a token's characters, without making a string.</summary>
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> BySpan { get; }

        public T? Payload { get; set; }
    }
}
