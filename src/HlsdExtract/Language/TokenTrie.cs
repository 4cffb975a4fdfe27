using System.Collections.Frozen;
using HlsdExtract.Model;

namespace HlsdExtract.Language;

/// <summary>
/// A gazetteer over token sequences: entries are tokenized exactly like documents, stored in a
/// trie keyed by token text, and matched longest-first in one pass over a document's tokens.
/// Built once by a <see cref="TokenTrieBuilder{T}"/>, then read-only (shared by every thread).
/// </summary>
public sealed class TokenTrie<T>
    where T : class
{
    private readonly TokenTrieNode _root;

    /// <summary>The first characters of the entries' first tokens: a token starting with any other cannot open a match.</summary>
    private readonly FrozenSet<char> _firstChars;

    /// <summary><see cref="_firstChars"/> for ASCII, as a table (the common case, read once per token).</summary>
    private readonly bool[] _asciiFirst = new bool[128];

    /// <summary>A trie over what <see cref="TokenTrieBuilder{T}"/> added; nothing changes it afterwards.</summary>
    internal TokenTrie(TokenTrieNode root, IEnumerable<char> firstChars, int count)
    {
        _root = root;
        _firstChars = firstChars.ToFrozenSet();
        foreach (var c in _firstChars.Where(c => c < 128))
        {
            _asciiFirst[c] = true;
        }

        Count = count;
    }

    public int Count { get; }

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
