using System.Text.RegularExpressions;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Breadcrumbs: a line that starts with "Home" and ends with the page title written on a later
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

            var next = scan.NextNonBlank(i);
            if (next >= 0 && line.Length > scan.Lines[next].Length + 4
                && line.EndsWith(scan.Lines[next], StringComparison.Ordinal))
            {
                scan.Remove(i, "breadcrumb");
                scan.TitleHint ??= scan.Lines[next];
            }
            else if (Separated().IsMatch(line))
            {
                scan.Remove(i, "breadcrumb");
            }
        }

        RemoveNumberedCrumbs(scan);
    }

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
