using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HlsdExtract.Ingest.Markdown;

/// <summary>
/// The document facts a YAML front matter declares: title, published date (<c>date</c>, else
/// <c>published_time</c>), source URL (<c>source_url</c>, else <c>permalink</c>) and tags.
/// </summary>
internal sealed record FrontMatter(string? Title, string? PublishedDate, string? SourceUrl, IReadOnlyList<string> Tags)
{
    public static readonly FrontMatter Empty = new(null, null, null, []);

    /// <summary>Parses the YAML between the fences; malformed YAML gives <see cref="Empty"/>, never an exception.</summary>
    public static FrontMatter Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return Empty;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            return Empty;
        }

        string? Scalar(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } v } ? v : null;

        var title = Scalar("title") is { } t ? OneLine(t) : null;
        var date = IsoDate(Scalar("date")) ?? IsoDate(Scalar("published_time")) ?? IsoDate(Scalar("published"));
        var url = Scalar("source_url") ?? Scalar("permalink") ?? Scalar("url");
        return new FrontMatter(title, date, url?.Trim(), ReadTags(map));
    }

    private static IReadOnlyList<string> ReadTags(YamlMappingNode map)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("tags"), out var node))
        {
            return [];
        }

        return node switch
        {
            YamlScalarNode { Value: { } v } => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value).OfType<string>().Select(s => s.Trim()).Where(s => s.Length > 0)],
            _ => [],
        };
    }

    /// <summary>The title on one line: no-break and other spaces as plain spaces, runs collapsed.</summary>
    private static string OneLine(string text) =>
        string.Join(' ', TextNormalizer.Normalize(text).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>yyyy-MM-dd from a date or a timestamp ("2022-10-13 19:52:45-04:00"): the date as written, in the writer's zone.</summary>
    internal static string? IsoDate(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }
}
