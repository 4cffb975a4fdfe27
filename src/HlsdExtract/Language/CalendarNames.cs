using System.Collections.Frozen;
using System.Globalization;

namespace HlsdExtract.Language;

/// <summary>
/// A language's month or weekday names and abbreviations (<c>Data/&lt;code&gt;/months.tsv</c>,
/// <c>weekdays.tsv</c>: written form, number, "name" or "abbr", and "word" for a name that is also a
/// common word), read-only.
/// </summary>
public sealed class CalendarNames
{
    private readonly FrozenDictionary<string, int> byName;

    public CalendarNames(IEnumerable<string[]> rows)
    {
        var forms = new List<string>();
        var names = new List<string>();
        var words = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var form = row[0].Trim();
            forms.Add(form);
            numbers.TryAdd(form, int.Parse(row[1], CultureInfo.InvariantCulture));
            if (row.Length < 3 || row[2] == "name")
            {
                names.Add(form);
            }

            if (row.Length > 3 && row[3] == "word")
            {
                words.Add(form);
            }
        }

        Forms = forms;
        Names = names;
        AlsoWords = words;
        byName = numbers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every written form, names and abbreviations, in file order.</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>The full names ("January", "Monday"), in file order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The names that are also common words ("May").</summary>
    public IReadOnlyList<string> AlsoWords { get; }

    /// <summary>The number a name or abbreviation ("Sept", "Oct.", "october": 9, 10, 10) stands for, case-insensitive, trailing periods ignored.</summary>
    public bool TryGet(string written, out int number) => byName.TryGetValue(written.TrimEnd('.'), out number);
}
