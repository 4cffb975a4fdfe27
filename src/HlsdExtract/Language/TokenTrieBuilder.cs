using HlsdExtract.Model;

namespace HlsdExtract.Language;

/// <summary>Collects the entries of a <see cref="TokenTrie{T}"/>; <see cref="Build"/> hands them over, and the builder takes no more.</summary>
public sealed class TokenTrieBuilder<T>
    where T : class
{
    private readonly TokenTrieNode root = new();
    private readonly HashSet<char> firstChars = [];
    private int count;
    private bool built;

    /// <summary>Adds <paramref name="entry"/>, tokenized like a document; an entry already added keeps its first payload.</summary>
    public TokenTrieBuilder<T> Add(string entry, T payload)
    {
        if (built)
        {
            throw new InvalidOperationException("The trie is built; build a new one to add entries.");
        }

        var tokens = WordTokenizer.Tokenize(entry, new TextSpan(0, entry.Length));
        if (tokens.Count == 0)
        {
            return this;
        }

        firstChars.Add(entry[tokens[0].Start]);
        var node = root;
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
            count++;
        }

        return this;
    }

    public TokenTrie<T> Build()
    {
        built = true;
        return new TokenTrie<T>(root, firstChars, count);
    }
}
