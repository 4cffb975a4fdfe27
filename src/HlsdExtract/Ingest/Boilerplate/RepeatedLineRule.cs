namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// A line written twice in a row before the first prose: a link scraped with its title attribute
/// or tooltip beside it. Both copies are chrome.
/// </summary>
internal sealed class RepeatedLineRule : IBoilerplateRule
{
    public void Apply(BoilerplateScan scan)
    {
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            var line = scan.Lines[i];
            if (line.Length == 0 || scan.IsRemoved(i))
            {
                continue;
            }

            var next = scan.NextNonBlank(i);
            if (next >= 0 && scan.Lines[next] == line && !scan.IsRemoved(next))
            {
                scan.Remove(i, "repeated-link");
                scan.Remove(next, "repeated-link");
                i = next;
            }
            else if (scan.IsProse(i))
            {
                return;
            }
        }
    }
}
