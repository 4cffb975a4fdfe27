using System.Collections.Frozen;
using HlsdExtract.Common;

namespace HlsdExtract.Language;

/// <summary>
/// The data of one language, read from its folder <c>Data/&lt;code&gt;/</c> (<c>Data/en/</c>,
/// <c>Data/es/</c>): word lists, number words, units, qualifiers, abbreviations, titles and the
/// month table. A file a language does not have reads as empty. Each language is loaded once.
/// Adding a language is a new folder under <c>Data/</c> and one line in <see cref="All"/>.
/// </summary>
public sealed class LanguageData
{
    private static readonly Lazy<LanguageData> LoadedEnglish = new(() => new LanguageData("en"));
    private static readonly Lazy<LanguageData> LoadedSpanish = new(() => new LanguageData("es"));

    private readonly Lazy<CalendarNames> months;
    private readonly Lazy<CalendarNames> weekdays;

    private LanguageData(string code)
    {
        Code = code;
        months = new(() => new CalendarNames(Table("months.tsv")));
        weekdays = new(() => new CalendarNames(Table("weekdays.tsv")));
    }

    public static LanguageData English => LoadedEnglish.Value;

    public static LanguageData Spanish => LoadedSpanish.Value;

    /// <summary>The languages a document may be written in, English first (their lists are read in this order).</summary>
    public static IReadOnlyList<LanguageData> All => [English, Spanish];

    /// <summary>The language's folder under <c>Data/</c>: "en", "es".</summary>
    public string Code { get; }

    /// <summary>The month names and abbreviations of <c>months.tsv</c> (1 = January).</summary>
    public CalendarNames Months => months.Value;

    /// <summary>The weekday names and abbreviations of <c>weekdays.tsv</c> (1 = Monday).</summary>
    public CalendarNames Weekdays => weekdays.Value;

    /// <summary>The rows of one of the language's files (tab-separated, '#' comments), none when it has no such file.</summary>
    public IEnumerable<string[]> Table(string file) =>
        DataFiles.Exists(Path(file)) ? DataFiles.ReadTable(Path(file)) : [];

    /// <summary>The first column of <paramref name="file"/>, trimmed, as an immutable set.</summary>
    public FrozenSet<string> Words(string file, StringComparer comparer) =>
        Table(file).Select(r => r[0].Trim()).ToFrozenSet(comparer);

    /// <summary>The whole text of one of the language's files.</summary>
    public string Text(string file) => DataFiles.ReadAllText(Path(file));

    private string Path(string file) => Code + "/" + file;
}
