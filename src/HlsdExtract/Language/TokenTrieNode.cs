using HlsdExtract.Model;

namespace HlsdExtract.Language;

/// <summary>
/// A node of a <see cref="TokenTrie{T}"/>: children by token text and the payload of the entry ending
/// here. Not generic, so the matching loop runs as code made for it rather than shared generic code
/// that looks its types up at run time.
/// </summary>
internal sealed class TokenTrieNode
{
    public TokenTrieNode() => BySpan = Children.GetAlternateLookup<ReadOnlySpan<char>>();

    public Dictionary<string, TokenTrieNode> Children { get; } = new(StringComparer.Ordinal);

    /// <summary><see cref="Children"/> looked up by a token's characters, without making a string.</summary>
    public Dictionary<string, TokenTrieNode>.AlternateLookup<ReadOnlySpan<char>> BySpan { get; }

    public object? Payload { get; set; }

    /// <summary>The payload of the longest entry spelled by tokens [<paramref name="from"/>, ...) below this node, and its last token, or null.</summary>
    public object? Longest(string text, IReadOnlyList<Token> tokens, int from, int to, out int last)
    {
        var node = this;
        object? best = null;
        last = -1;
        for (var j = from; j < to; j++)
        {
            if (!node.BySpan.TryGetValue(tokens[j].Span.SliceSpan(text), out var child))
            {
                break;
            }

            node = child;
            if (node.Payload is not null)
            {
                (best, last) = (node.Payload, j);
            }
        }

        return best;
    }
}
