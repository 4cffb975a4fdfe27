namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// Mutable working state of one boilerplate pass over a document's lines (owned by one call,
/// never shared): which lines are removed and why, and the metadata the chrome proves.
/// </summary>
internal sealed class BoilerplateScan(IReadOnlyList<string> lines)
{
    private readonly bool[] _prose = ProseLines.Mark(lines);
    private readonly string?[] _reasons = new string?[lines.Count];
    private readonly (int Start, int Length)?[] _kept = new (int, int)?[lines.Count];

    public IReadOnlyList<string> Lines { get; } = lines;

    public string? RetrievedDate { get; set; }

    public string? SourceUrl { get; set; }

    public string? TitleHint { get; set; }

    /// <summary>Whether the line is running text, alone or as one line of a hard-wrapped paragraph (<see cref="ProseLines"/>).</summary>
    public bool IsProse(int index) => _prose[index];

    public bool IsRemoved(int index) => _reasons[index] is not null;

    public string? ReasonAt(int index) => _reasons[index];

    public void Remove(int index, string reason) => _reasons[index] ??= reason;

    /// <summary>Removes all of the line but [start, start + length): a field label before its date, chrome glued to a dateline.</summary>
    public void Keep(int index, int start, int length, string reason)
    {
        if (_reasons[index] is null)
        {
            _reasons[index] = reason;
            _kept[index] = (start, length);
        }
    }

    /// <summary>The part of a removed line that stays in the text, if any.</summary>
    public (int Start, int Length)? KeptAt(int index) => _kept[index];

    /// <summary>Indices of non-blank lines not yet removed, in order.</summary>
    public IEnumerable<int> ContentLines()
    {
        for (var i = 0; i < Lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(Lines[i]) && !IsRemoved(i))
            {
                yield return i;
            }
        }
    }

    /// <summary>The next non-blank line after <paramref name="index"/>, or -1.</summary>
    public int NextNonBlank(int index)
    {
        for (var i = index + 1; i < Lines.Count; i++)
        {
            if (Lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }
}
