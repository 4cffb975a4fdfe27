using HlsdExtract.Common;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>Lines listed in <c>Data/boilerplate-phrases.tsv</c> (related links, share bars, .gov banner...).</summary>
internal sealed class PhraseListRule : IBoilerplateRule
{
    private readonly List<(string Prefix, string Reason)> _prefixes = [];
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;

    public PhraseListRule()
    {
        var exact = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFiles.ReadTable("boilerplate-phrases.tsv"))
        {
            if (row[0] == "exact")
            {
                exact[Key(row[2]).ToString()] = row[1];
            }
            else
            {
                _prefixes.Add((row[2], row[1]));
            }
        }

        _exactBySpan = exact.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Apply(BoilerplateScan scan)
    {
        for (var i = 0; i < scan.Lines.Count; i++)
        {
            var line = scan.Lines[i];
            if (line.Length == 0 || line.Length > 400)
            {
                continue;
            }

            if (_exactBySpan.TryGetValue(Key(line), out var reason))
            {
                scan.Remove(i, reason);
                continue;
            }

            foreach (var (prefix, prefixReason) in _prefixes)
            {
                if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    scan.Remove(i, prefixReason);
                    break;
                }
            }
        }
    }

    private static ReadOnlySpan<char> Key(string line) => line.AsSpan().Trim().TrimEnd(":| ").Trim();
}
