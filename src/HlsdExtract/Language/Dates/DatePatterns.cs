using System.Text.RegularExpressions;

namespace HlsdExtract.Language.Dates;

/// <summary>
/// The regular expressions of date language, the one date grammar: every form is built from the
/// month and weekday slots below, whose words come from <c>Data/en/months.tsv</c> and
/// <c>Data/en/weekdays.tsv</c> (as the build-time constants of <see cref="DateWords"/>). They carry no
/// match timeout: every quantifier is bounded or deterministic, so each match attempt reads a bounded
/// stretch of text and a scan is linear (a timeout's clock reads cost more than these scans).
/// </summary>
internal static partial class DatePatterns
{
    /// <summary>A month's name or abbreviation, the abbreviation with or without its period ("September", "Sept.", "Sep").</summary>
    public const string Month = "(?:" + DateWords.MonthNames + "|(?:" + DateWords.MonthAbbreviations + @")\.?)(?![a-z])";

    /// <summary>A weekday's name ("Wednesday"), case as written.</summary>
    public const string WeekdayName = "(?:" + DateWords.WeekdayNames + ")";

    /// <summary>A weekday's name or abbreviation ("Wednesday", "Tues"), the name first.</summary>
    public const string WeekdayWord = "(?:" + DateWords.WeekdayNames + "|" + DateWords.WeekdayAbbreviations + ")";

    /// <summary>An optional weekday before a date ("Wednesday, ", "Tues. ").</summary>
    private const string Weekday = "(?:" + WeekdayWord + @"\.?,? )?";
    private const string Day = @"[0-9]{1,2}(?:st|nd|rd|th)?";
    private const string Fiscal = @"(?:[Ff]iscal [Yy]ear(?: \(FY\))?|FY) ?(?:[0-9]{4}|[0-9]{2})(?![0-9/])";
    private const string FullDate = Weekday + Month + " " + Day + @",? (?:19|20)[0-9]{2}(?![0-9])";
    private const string DayMonthYear = @"[0-9]{1,2} " + Month + @",? (?:19|20)[0-9]{2}(?![0-9])";
    private const string Numeric = Weekday + @"[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}(?![0-9/])";
    private const string Iso = @"(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?![0-9])";
    private const string MonthYear = Month + @",? (?:of )?(?:19|20)[0-9]{2}(?![0-9])";
    private const string MonthDay = Month + " " + Day + @"(?![0-9,]*[0-9])";
    private const string Year = @"(?<![0-9$.,:/#-])(?:19|20)[0-9]{2}(?![0-9%]|[.,:/-][0-9]| ?percent|s\b)";
    public const string Atom = "(?:" + Fiscal + "|" + FullDate + "|" + DayMonthYear + "|" + Numeric + "|" + Iso + "|" + MonthYear + "|" + MonthDay + "|" + Year + ")";

    private const string RangeHead = @"\b(?:[Bb]etween|[Ff]rom) (?:approximately |about |roughly |around )?";
    private const string RangeTail = @",? (?:and|to|through|until|thru|-|–) (?<b>" + Atom + @"|[0-9]{1,2}(?![0-9]))";

    /// <summary>A range, "between A and B", "from A to B": the whole pattern, which <see cref="RangeMatches"/> splits in two.</summary>
    public const string Range = RangeHead + "(?<a>" + Atom + ")" + RangeTail;

    /// <summary><see cref="Range"/> whose first date takes one of the first four forms of <see cref="Atom"/>.</summary>
    [GeneratedRegex(RangeHead + "(?<a>(?:" + Fiscal + "|" + FullDate + "|" + DayMonthYear + "|" + Numeric + "))" + RangeTail, RegexOptions.None)]
    public static partial Regex RangeFromFirstForms();

    /// <summary><see cref="Range"/> whose first date takes one of the last four forms of <see cref="Atom"/>.</summary>
    [GeneratedRegex(RangeHead + "(?<a>(?:" + Iso + "|" + MonthYear + "|" + MonthDay + "|" + Year + "))" + RangeTail, RegexOptions.None)]
    public static partial Regex RangeFromLastForms();

    [GeneratedRegex(@"\b(?<kw>[Ss]ince|[Tt]hus far in|[Ss]o far in|[Ss]tarting in|[Bb]eginning in|[Ee]arlier in) (?<a>" + Atom + ")", RegexOptions.None)]
    public static partial Regex OpenRange();

    [GeneratedRegex(@"(?:(?<![\w-])|(?<=\b[Mm]id-))" + Atom, RegexOptions.None)]
    public static partial Regex Single();

    [GeneratedRegex(@"(?<=\b(?:[Ii]n|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Tt]hrough|[Ss]ince|[Tt]he) )(?:" + DateWords.MonthNamesNotWords + @")(?![\w])(?! [0-9])|(?<=\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Ee]arly|[Ll]ate) )(?:" + DateWords.MonthNamesAlsoWords + ")(?=[,.;)])", RegexOptions.None)]
    public static partial Regex MonthAlone();

    [GeneratedRegex(@"\b(?:(?:[Ll]ater|[Ee]arlier) this (?:fall|autumn|spring|summer|winter|year|month|week)|[Tt]his (?:fall|autumn|spring|summer|winter|year|month|week)|(?<!\b[Tt]he )(?:[Ll]ast|[Nn]ext) (?:month|week)|(?:[Ii]n )?the past (?:year|twelve months|12 months)|the (?:next|coming) (?:year|twelve months|12 months)|[Ll]ast year|[Nn]ext year|[Tt]oday(?!['\u2019]s\b)|[Yy]esterday(?!['\u2019]s\b)|[Tt]omorrow(?!['\u2019]s\b)|(?<!\b[Tt]he )[Ll]ast " + WeekdayName + @")\b", RegexOptions.None)]
    public static partial Regex Relative();

    /// <summary>The text before a bare year that, with a capitalized name after it, makes it a model year ("a 2020 Freightliner"): an article.</summary>
    [GeneratedRegex(@"(?:^|[^\w])(?:[Aa]n?) $", RegexOptions.None)]
    public static partial Regex ModelYear();

    [GeneratedRegex("^" + Fiscal + "$", RegexOptions.None)]
    public static partial Regex FiscalOnly();

    [GeneratedRegex(@"(?<y>[0-9]{4}|[0-9]{2})$", RegexOptions.None)]
    public static partial Regex TrailingYear();

    [GeneratedRegex("^" + Weekday + @"(?<m>[A-Z][a-z]+)\.? (?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:,? (?<y>[0-9]{4}))?$", RegexOptions.None)]
    public static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2}) (?<m>[A-Z][a-z]+)\.?,? (?<y>[0-9]{4})$", RegexOptions.None)]
    public static partial Regex DayMonthYearOnly();

    [GeneratedRegex("^" + Weekday + @"(?<mn>[0-9]{1,2})/(?<d>[0-9]{1,2})/(?<y>[0-9]{4})$", RegexOptions.None)]
    public static partial Regex NumericOnly();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mn>[0-9]{2})-(?<d>[0-9]{2})$", RegexOptions.None)]
    public static partial Regex IsoOnly();

    [GeneratedRegex(@"^(?<m>[A-Z][a-z]+)\.?,? (?:of )?(?<y>[0-9]{4})$", RegexOptions.None)]
    public static partial Regex MonthYearOnly();

    /// <summary>A complete date, month first ("October 5, 2023", "Oct. 5 2023"), for the date lines of a page's head.</summary>
    [GeneratedRegex(@"\b(?<m>" + Month + @")\.? (?<d>[0-9]{1,2}),? (?<y>(?:19|20)[0-9]{2})\b", RegexOptions.None)]
    public static partial Regex CompleteMonthFirst();

    /// <summary>A complete date, day first ("5 October 2023").</summary>
    [GeneratedRegex(@"\b(?<d>[0-9]{1,2}) (?<m>" + Month + @")\.?,? (?<y>(?:19|20)[0-9]{2})\b", RegexOptions.None)]
    public static partial Regex CompleteDayFirst();

    /// <summary>A complete date in numbers, month first ("10/5/2023").</summary>
    [GeneratedRegex(@"(?<![0-9/])(?<mn>[0-9]{1,2})/(?<d>[0-9]{1,2})/(?<y>(?:19|20)[0-9]{2})(?![0-9/])", RegexOptions.None)]
    public static partial Regex CompleteNumeric();

    [GeneratedRegex(@"^ (?!(?:de|del|via|to|and|or|when|through|as|with|for|by|in|on|at|the|that|which|was|were|is|are|has|have|had|will|would|of|from|until|after|before|under|levels?|budget|elections?|reports?|season|data|figures?|census|plan|strategy|letter|meeting|summit|dialogue)\b)(?![a-z]+(?:ed|ing)\b)[a-z]", RegexOptions.None)]
    public static partial Regex FollowedByPluralNoun();
}
