using HlsdExtract.Model;

namespace HlsdExtract.Extract.Facts;

/// <summary>
/// Marks a figure that repeats an earlier one of the same document (a headline's figure again in
/// the lead and the body) with the id of the first telling, so sums over a spreadsheet count it
/// once. A repeat has the same value and unit, the same operation (or none), and a compatible
/// item: for masses and money no item or any, since a figure that large seldom recurs by chance;
/// for counts and percentages the same head noun ("14 Sets" ~ "14 pill press die sets").
/// </summary>
internal static class RepeatFinder
{
    public static List<QuantityMention> Mark(List<QuantityMention> quantities)
    {
        var result = new List<QuantityMention>(quantities.Count);
        foreach (var q in quantities)
        {
            var first = result.FirstOrDefault(p => p.RepeatOf is null && Repeats(q, p));
            result.Add(first is null ? q : q with { RepeatOf = first.Id });
        }

        return result;
    }

    private static bool Repeats(QuantityMention later, QuantityMention earlier)
    {
        if (later.Value != earlier.Value || later.Unit != earlier.Unit || later.Value is 0 or 1
            || (later.Operation is not null && earlier.Operation is not null && later.Operation != earlier.Operation))
        {
            return false;
        }

        return later.Unit is "count" or "percent" or "percentage_point"
            ? later.Item is not null && earlier.Item is not null && Head(later.Item) == Head(earlier.Item)
            : later.Unit is not ("day" or "week" or "month" or "year" or "hour") || Head(later.Item) == Head(earlier.Item);
    }

    /// <summary>The item's last word, lower case, a plural "s" taken off ("Shipments" -> "shipment").</summary>
    private static string? Head(string? item)
    {
        if (string.IsNullOrWhiteSpace(item))
        {
            return null;
        }

        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.FindIndex(words, w => w.Equals("of", StringComparison.OrdinalIgnoreCase));
        var head = (of > 0 ? words[of - 1] : words[^1]).ToLowerInvariant();
        return head.Length > 3 && head.EndsWith('s') ? head[..^1] : head;
    }
}
