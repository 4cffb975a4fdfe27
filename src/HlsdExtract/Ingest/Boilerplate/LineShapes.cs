using System.Text.RegularExpressions;
using HlsdExtract.Common;

namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>
/// What kind of line a line looks like, for the header and footer rules and the classifier's
/// features: prose, a headline, a name alone (an office, agency, person or place: site names,
/// letterheads, bylines, datelines), a line that holds a full date or a clock time.
/// </summary>
internal static partial class LineShapes
{
    private static readonly Lazy<HashSet<string>> Names = new(LoadNames);

    /// <summary>A sentence or more of running text: long and closed by sentence punctuation, or long enough to be a paragraph cut off.</summary>
    public static bool IsProse(string line)
    {
        var t = line.Trim();
        return (t.Length >= 80 && t[^1] is '.' or '"' or ')' or '”' or ':' or '!' or '?' && !IsAbbreviatedTitle(t)) || t.Length >= 160;
    }

    /// <summary>A Title Case line whose final period is an abbreviation's ("... from Mexico to the U.S."): a headline, not a sentence.</summary>
    private static bool IsAbbreviatedTitle(string t)
    {
        if (t[^1] != '.' || !Abbreviated().IsMatch(t) || SentenceBreak().IsMatch(t))
        {
            return false;
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(w => char.IsUpper(w[0])) * 2 >= words.Length;
    }

    /// <summary>A line that can be a document's headline: a short capitalized phrase that is not a name alone, a date line, a byline or several sentences.</summary>
    public static bool IsHeadline(string line)
    {
        var t = line.Trim();
        if (t.Length is < 8 or > 180 || t.StartsWith("• ", StringComparison.Ordinal) || !char.IsUpper(t[0]) || t[^1] is ':' or ',' or ';' or '|' or '-'
            || (t[^1] == '.' && !IsAbbreviatedTitle(t)) || GluedField().IsMatch(t))
        {
            return false;
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 2 and <= 30 && !SentenceBreak().IsMatch(t) && !HasDate(t) && !HasTime().IsMatch(t)
            && !IsNameAlone(t) && !Byline().IsMatch(t) && !HasPhone(t) && !t.Contains('|', StringComparison.Ordinal) && !t.Contains("://", StringComparison.Ordinal);
    }

    /// <summary>An agency, office, person or place written alone (a site name, letterhead, byline or dateline), optionally with a person after a comma.</summary>
    public static bool IsNameAlone(string line)
    {
        var t = line.Trim().TrimEnd('-', '–', '—', ' ');
        if (t.Length == 0 || t.Length > 90)
        {
            return false;
        }

        if (Names.Value.Contains(t) || OfficeShape().IsMatch(t) || PlaceShape().IsMatch(t) && t.Split(' ').Length <= 4)
        {
            return true;
        }

        // "Office of the United States Attorney, Dennis K. Burke": an office and its head.
        var comma = t.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && (Names.Value.Contains(t[..comma]) || OfficeShape().IsMatch(t[..comma])) && PersonShape().IsMatch(t[(comma + 2)..]);
    }

    /// <summary>A name from the gazetteers (agency, official, place) alone on the line.</summary>
    public static bool IsKnownName(string line) => Names.Value.Contains(line.Trim().TrimEnd('-', '–', '—', ' '));

    /// <summary>A name from the gazetteers (agency, official, place) or a "City, State" place, alone on the line.</summary>
    public static bool IsKnownNameOrPlace(string line)
    {
        var t = line.Trim().TrimEnd('-', '–', '—', ' ');
        return Names.Value.Contains(t) || (PlaceShape().IsMatch(t) && t.Split(' ').Length <= 4);
    }

    /// <summary>A full calendar date: "March 22, 2023", "Tue, January 25, 2011", "Dec 21, 2011", "2020-08-05", "22 octubre 2007".</summary>
    public static bool HasDate(string line) => WordDate().IsMatch(line) || NumericDate().IsMatch(line);

    /// <summary>The first date written with its month's name or in ISO form: the one a dateline keeps (a numeric "10/15/2025" is a feed's stamp).</summary>
    public static Match FindKeptDate(string line) => WordDate().Match(line);

    /// <summary>Capitalized words with their small joining words ("US Department of Homeland Security"), no digits, no sentence.</summary>
    public static bool IsCapitalizedName(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 10 && char.IsUpper(words[0][0]) && !text.Any(char.IsAsciiDigit) && text.Trim()[^1] != '.'
            && words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "for" or "on" or "de" or "la" or "del" or "y" or "&");
    }

    public static bool HasClockTime(string line) => HasTime().IsMatch(line);

    /// <summary>A telephone number ("(602) 514-7456", "202-555-0100", "+1 202 555 0100"): a letterhead's or contact block's.</summary>
    public static bool HasPhone(string line) => Phone().IsMatch(line);

    private static HashSet<string> LoadNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataFiles.ReadTable("agencies.tsv"))
        {
            AddMultiword(names, row[0]);
            if (row.Length > 2)
            {
                foreach (var alias in row[2].Split('|'))
                {
                    AddMultiword(names, alias);
                }
            }
        }

        foreach (var row in DataFiles.ReadTable("people.tsv"))
        {
            AddMultiword(names, row[0]);
        }

        foreach (var row in DataFiles.ReadTable("places.tsv"))
        {
            names.Add(row[0]);
        }

        return names;
    }

    private static void AddMultiword(HashSet<string> names, string name)
    {
        // One-word aliases ("State", "Treasury") are too often plain words or headings.
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            names.Add(name);
            names.Add("The " + name);
        }
    }

    /// <summary>A headline may end with an abbreviation's period ("... from Mexico to the U.S.").</summary>
    [GeneratedRegex(@"(?:\b(?:\p{Lu}\.){2,}|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\.)$", RegexOptions.None, 1000)]
    private static partial Regex Abbreviated();

    /// <summary>A field label glued to its value ("Categories:Types, Research", "Copyright:Attribution").</summary>
    [GeneratedRegex(@"\p{L}:\p{L}", RegexOptions.None, 1000)]
    private static partial Regex GluedField();

    [GeneratedRegex(@"\p{Ll}{3,}[.!?][""”’)]?\s+[^\p{Ll}\s]", RegexOptions.None, 1000)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? [0-9]{1,2}(?:st|nd|rd|th)?, ?[0-9]{4}|(?<![0-9])[12][0-9]{3}-[01][0-9]-[0-3][0-9](?![0-9])|\b[0-9]{1,2} (?:de )?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) (?:de )?[0-9]{4}", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"\b[0-9]{1,2}/[0-9]{1,2}/[12][0-9]{3}\b", RegexOptions.None, 1000)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![0-9])(?:\+?1[ .-])?(?:\([0-9]{3}\) ?|[0-9]{3}[ .-])[0-9]{3}[ .-][0-9]{4}(?![0-9])", RegexOptions.None, 1000)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\b", RegexOptions.None, 1000)]
    private static partial Regex HasTime();

    [GeneratedRegex(@"^(?:By|Published by|Posted by|Written by|Por)\b:? +\S", RegexOptions.None, 1000)]
    private static partial Regex Byline();

    /// <summary>"Office of the Spokesperson", "Bureau of Public Affairs", "U.S. Attorney's Office", "District of Arizona".</summary>
    [GeneratedRegex(@"^(?:The )?(?:(?:U\.S\. )?(?:Office|Bureau|Department|Ministry|Embassy|Consulate|Division|District|Secretaría|Embajada)(?: of| de)(?: the| la| el)?(?: [\p{Lu}][\p{L}.'’-]*| of| and| for| the| de| la| y){1,8}|(?:[\p{Lu}][\p{L}.'’-]* ){1,4}(?:Office|Bureau|Department|Ministry|Agency|Administration|Service|Division))$", RegexOptions.None, 1000)]
    private static partial Regex OfficeShape();

    /// <summary>"Washington, DC", "LAREDO, Texas", "Mexico City, Mexico".</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,2}, (?:[\p{Lu}][\p{L}.'-]*)(?: [\p{Lu}][\p{L}.'-]*)?\.?$", RegexOptions.None, 1000)]
    private static partial Regex PlaceShape();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}]\.)?(?: [\p{Lu}][\p{L}'’-]+){1,2}(?:,? Jr\.)?$", RegexOptions.None, 1000)]
    private static partial Regex PersonShape();
}
