using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Tests.Language;

/// <summary>A token trie is filled by its builder and read-only once built; the shared word lists expose no mutable collection.</summary>
public sealed class TokenTrieBuilderTests
{
    [Fact]
    public void ABuiltTrieFindsTheLongestEntryAddedToIt()
    {
        var trie = new TokenTrieBuilder<string>().Add("Border Patrol", "short").Add("U.S. Border Patrol", "long").Build();
        const string text = "Agents of the U.S. Border Patrol met.";
        var tokens = WordTokenizer.Tokenize(text, new TextSpan(0, text.Length));
        var (first, last, payload) = Assert.Single(trie.Match(text, tokens, 0, tokens.Count));
        Assert.Equal("long", payload);
        Assert.Equal("U.S. Border Patrol", text[tokens[first].Start..tokens[last].End]);
        Assert.Equal(2, trie.Count);
    }

    [Fact]
    public void ABuilderTakesNoEntryAfterItBuilt()
    {
        var builder = new TokenTrieBuilder<string>().Add("DEA", "DEA");
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.Add("FBI", "FBI"));
    }

    [Fact]
    public void TheTrieHasNoPublicMethodThatAddsAnEntry() =>
        Assert.DoesNotContain(typeof(TokenTrie<string>).GetMethods(), m => m.Name is "Add" or "Remove" or "Clear");

    [Fact]
    public void TheWordListsExposeOnlyReadOnlyCollections()
    {
        Type[] mutable = [typeof(HashSet<>), typeof(List<>), typeof(Dictionary<,>)];
        var exposed = typeof(WordLists).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && mutable.Contains(p.PropertyType.GetGenericTypeDefinition()))
            .Select(p => p.Name).ToList();
        Assert.Empty(exposed);
        Assert.Contains(typeof(WordLists).GetProperties(), p => p.PropertyType == typeof(System.Collections.Frozen.FrozenSet<string>));
    }
}
