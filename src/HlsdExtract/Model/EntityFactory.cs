
namespace HlsdExtract.Model;

/// <summary>Builds entity mentions with their block id; ids are assigned later by <see cref="EntityResolver"/>.</summary>
internal static class EntityFactory
{
    public static EntityMention Make(Document doc, EntityKind type, TextSpan span, string canonical, string? acronym = null, string? country = null, string? title = null, double confidence = 1.0) => new()
    {
        Type = type,
        Text = doc.Slice(span),
        Canonical = canonical,
        Acronym = acronym,
        Country = country,
        Title = title,
        BlockId = doc.BlockAt(span.Start)?.Id,
        Span = span,
        Confidence = confidence,
    };

    /// <summary>The token index range of each block, for per-block passes over the shared tokens.</summary>
    public static IEnumerable<(Block Block, int From, int To)> BlockTokens(Document doc)
    {
        var tokens = doc.Tokens;
        var t = 0;
        foreach (var block in doc.Blocks)
        {
            while (t < tokens.Count && tokens[t].Start < block.Span.Start)
            {
                t++;
            }

            var from = t;
            while (t < tokens.Count && tokens[t].End <= block.Span.End)
            {
                t++;
            }

            yield return (block, from, t);
        }
    }
}
