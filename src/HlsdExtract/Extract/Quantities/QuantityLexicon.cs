using System.Collections.Frozen;
using System.Globalization;
using HlsdExtract.Language;

namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// Units, qualifiers and number words of every language (<c>Data/en/</c>, then <c>Data/es/</c>: a
/// Spanish page's "más de 1,200 kilos", "siete dependencias"), loaded once into read-only
/// collections; the Spanish words chosen so none is also an English word.
/// </summary>
internal sealed class QuantityLexicon
{
    private static readonly Lazy<QuantityLexicon> Loaded = new(() => new QuantityLexicon());

    private QuantityLexicon()
    {
        var units = new Dictionary<string, (string Unit, decimal? KgPerUnit)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows("units.tsv"))
        {
            units[row[0]] = (row[1], row.Length > 2 && row[2].Length > 0 ? decimal.Parse(row[2], CultureInfo.InvariantCulture) : null);
        }

        var qualifiers = Rows("qualifiers.tsv").Select(row => (row[0], row[1])).ToList();
        qualifiers.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        var numberWords = new Dictionary<string, (decimal Value, string Kind)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows("number-words.tsv"))
        {
            numberWords[row[0]] = (decimal.Parse(row[1], CultureInfo.InvariantCulture), row[2]);
        }

        Units = units.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Qualifiers = qualifiers;
        NumberWords = numberWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        NounPhraseStops = Rows("noun-phrase-stops.txt").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MoneyVerbs = Rows("money-verbs.tsv").Where(r => r.Length > 1).ToFrozenDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        OnePredicates = LanguageData.English.Table("one-predicates.txt").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static QuantityLexicon Default => Loaded.Value;

    /// <summary>Words of every language that end a counted noun phrase ("30 agents" | "each year", "dependencias federales" | "de").</summary>
    public FrozenSet<string> NounPhraseStops { get; }

    /// <summary>Words after which a bare "one" describes rather than counts ("is one model", "as one force").</summary>
    public FrozenSet<string> OnePredicates { get; }

    /// <summary>A verb just before a money figure and the item it gives the figure ("forfeit": forfeiture).</summary>
    public FrozenDictionary<string, string> MoneyVerbs { get; }

    /// <summary>Unit word (lower case) to contract unit and kilograms per unit (masses only).</summary>
    public FrozenDictionary<string, (string Unit, decimal? KgPerUnit)> Units { get; }

    /// <summary>Qualifier phrases, longest first.</summary>
    public IReadOnlyList<(string Phrase, string Qualifier)> Qualifiers { get; }

    public FrozenDictionary<string, (decimal Value, string Kind)> NumberWords { get; }

    public bool IsQualifierWord(string word) => Qualifiers.Any(q => q.Phrase.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) || q.Phrase.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The rows of <paramref name="file"/> in every language, English first.</summary>
    private static IEnumerable<string[]> Rows(string file) => LanguageData.All.SelectMany(l => l.Table(file));
}
