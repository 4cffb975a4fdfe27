using HlsdExtract.Common;

namespace HlsdExtract.Extract.Quantities;

/// <summary>
/// Units, qualifiers and number words from <c>Data/*.tsv</c> and the Spanish ones from
/// <c>Data/es/*.tsv</c> (a Spanish page's "más de 1,200 kilos", "siete dependencias"), loaded once;
/// the Spanish words chosen so none is also an English word.
/// </summary>
internal sealed class QuantityLexicon
{
    private static readonly Lazy<QuantityLexicon> Loaded = new(() => new QuantityLexicon());

    private QuantityLexicon()
    {
        foreach (var row in DataFiles.ReadTable("units.tsv").Concat(DataFiles.ReadTable("es/units.tsv")))
        {
            Units[row[0]] = (row[1], row.Length > 2 && row[2].Length > 0 ? decimal.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture) : null);
        }

        foreach (var row in DataFiles.ReadTable("qualifiers.tsv").Concat(DataFiles.ReadTable("es/qualifiers.tsv")))
        {
            Qualifiers.Add((row[0], row[1]));
        }

        Qualifiers.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        foreach (var row in DataFiles.ReadTable("number-words.tsv").Concat(DataFiles.ReadTable("es/number-words.tsv")))
        {
            NumberWords[row[0]] = (decimal.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), row[2]);
        }
    }

    public static QuantityLexicon Default => Loaded.Value;

    /// <summary>Spanish words that end a counted noun phrase ("dependencias federales" | "de").</summary>
    public HashSet<string> SpanishStops { get; } = new(DataFiles.ReadTable("es/noun-phrase-stops.txt").Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a bare "one" describes rather than counts ("is one model", "as one force").</summary>
    public HashSet<string> OnePredicates { get; } = new(DataFiles.ReadTable("one-predicates.txt").Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Unit word (lower case) to contract unit and kilograms per unit (masses only).</summary>
    public Dictionary<string, (string Unit, decimal? KgPerUnit)> Units { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Qualifier phrases, longest first.</summary>
    public List<(string Phrase, string Qualifier)> Qualifiers { get; } = [];

    public Dictionary<string, (decimal Value, string Kind)> NumberWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsQualifierWord(string word) => Qualifiers.Any(q => q.Phrase.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) || q.Phrase.Equals(word, StringComparison.OrdinalIgnoreCase));
}
