namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// A site menu written out as a list: a run of at least <see cref="MinItems"/> bullets, each a few
/// capitalized words with no sentence, number or punctuation, before any prose of the page. Lists
/// after the first prose (counties designated, participants) are content and stay.
/// </summary>
internal sealed class NavigationListRule : IBoilerplateRule
{
    public const int MinItems = 6;

    public void Apply(BoilerplateScan scan)
    {
        var run = new List<int>();
        foreach (var i in scan.ContentLines().ToList())
        {
            var line = scan.Lines[i];
            if (scan.IsProse(i))
            {
                break;
            }

            if (IsMenuItem(line))
            {
                run.Add(i);
                continue;
            }

            Flush(scan, run);
        }

        Flush(scan, run);
    }

    public static bool IsMenuItem(string line)
    {
        if (!line.StartsWith("• ", StringComparison.Ordinal))
        {
            return false;
        }

        var item = line[2..].Trim();
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && item.Length <= 50 && char.IsUpper(item[0]) && !item.Any(char.IsAsciiDigit)
            && item[^1] is not ('.' or ',' or ';' or ':' or '!' or '?');
    }

    private static void Flush(BoilerplateScan scan, List<int> run)
    {
        if (run.Count >= MinItems)
        {
            foreach (var i in run)
            {
                scan.Remove(i, "navigation");
            }
        }

        run.Clear();
    }
}
