using System.Text.RegularExpressions;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Breadcrumbs: a line that starts with "Home" and ends with the page title written on a nearby
/// line ("HomeGovernment&lt;Title&gt;", "Home › News › Title"), or a numbered list whose first item
/// is "Home". The crumb's last element is kept as a title hint.
/// </summary>
internal sealed partial class BreadcrumbRule : IBoilerplateRule
{
    public void Apply(BoilerplateScan scan)
    {
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            var line = scan.Lines[i];
            if (scan.IsRemoved(i) || !line.StartsWith("Home", StringComparison.Ordinal))
            {
                continue;
            }

            if (TitleNear(scan, i) is { } title)
            {
                scan.Remove(i, "breadcrumb");
                scan.TitleHint ??= title;
            }
            else if (Separated().IsMatch(line))
            {
                scan.Remove(i, "breadcrumb");
            }
        }

        RemoveNumberedCrumbs(scan);
    }

    /// <summary>The line within <see cref="Reach"/> lines on either side that the crumb ends with (the page's title).</summary>
    private static string? TitleNear(BoilerplateScan scan, int crumb)
    {
        var line = scan.Lines[crumb];
        for (int i = Math.Max(0, crumb - Reach), seen = 0; i < scan.Lines.Count && seen <= 2 * Reach; i++)
        {
            var other = scan.Lines[i];
            if (i == crumb || other.Length == 0)
            {
                continue;
            }

            seen++;
            if (line.Length > other.Length + 4 && line.EndsWith(other, StringComparison.Ordinal))
            {
                return other;
            }
        }

        return null;
    }

    private const int Reach = 4;

    private static void RemoveNumberedCrumbs(BoilerplateScan scan)
    {
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            if (!NumberedHome().IsMatch(scan.Lines[i]))
            {
                continue;
            }

            var expected = 1;
            var j = i;
            string? last = null;
            while (j < scan.Lines.Count && (scan.Lines[j].Length == 0 || Numbered(scan.Lines[j], expected, out _)))
            {
                if (scan.Lines[j].Length > 0)
                {
                    Numbered(scan.Lines[j], expected, out last);
                    scan.Remove(j, "breadcrumb");
                    expected++;
                }

                j++;
            }

            if (last is not null)
            {
                scan.TitleHint ??= last;
            }

            i = j;
        }
    }

    private static bool Numbered(string line, int expected, out string? item)
    {
        var m = NumberedItem().Match(line);
        item = m.Success && int.Parse(m.Groups[1].ValueSpan) == expected ? m.Groups[2].Value : null;
        return item is not null && item.Length <= 160;
    }

    [GeneratedRegex(@"^1[.)] Home$", RegexOptions.None, 1000)]
    private static partial Regex NumberedHome();

    [GeneratedRegex(@"^([0-9]{1,2})[.)] (.+)$", RegexOptions.None, 1000)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^Home\s*(?:[›>»/|]\s*[^›>»/|]+)+$", RegexOptions.None, 1000)]
    private static partial Regex Separated();
}
