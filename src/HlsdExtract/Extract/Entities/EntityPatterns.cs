using System.Text.RegularExpressions;

namespace HlsdExtract.Extract.Entities;

/// <summary>Regular expressions for names; all with match timeouts.</summary>
internal static partial class EntityPatterns
{
    private const string Cap = @"(?:[A-Z](?:\.[A-Z])+\.?(?:-[A-Z][\p{L}]*)?|[A-Z][\p{L}\p{N}&-]*|[0-9]+(?:st|nd|rd|th))";
    /// <summary>A capitalized word that may carry an apostrophe ("Attorney's", "Leaders'", "O'odham"), for runs of names.</summary>
    private const string CapQ = @"(?:[A-Z](?:\.[A-Z])+\.?(?:-[A-Z][\p{L}]*)?|[A-Z][\p{L}\p{N}&-]*(?:'(?:[\p{L}]+|(?= [A-Z])))?|[0-9]+(?:st|nd|rd|th))";
    private const string Connector = @"(?:of|on|for|and|the|de|la|las|los|del|el|y|para|to|in|against)";

    /// <summary><see cref="Connector"/> and the Spanish "sobre"/"contra", inside runs of capitalized words only (the definition pattern keeps the shorter list: it backtracks more).</summary>
    private const string ChunkConnector = @"(?:of|on|for|and|the|de|la|las|los|del|el|y|para|sobre|contra|to|in|against)";

    /// <summary>The connector words of <see cref="Connector"/>, for code that walks names by hand.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorWords =
        Connector[3..^1].Split('|').ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a lower-case word that may join the capitalized words of a name ("of", "de", "against").</summary>
    public static bool IsConnector(ReadOnlySpan<char> word) => ConnectorWords.Contains(word);

    /// <summary>
    /// "Full Name (ACR)" or "Full Name's (ACR)": a capitalized name, then an acronym in brackets, maybe plural
    /// ("... Areas (HIDTAs)"). The word after the bracket is no part of the match (<see cref="DefinitionScanner.WordAfter"/>):
    /// it may open the next definition ("Policy's (ONDCP) Drug-Free Communities (DFC)"). A name starts at a word's start: tried
    /// inside a long capitalized token ("AAAA…", "A-A-A…") it would reread the token from each capital, quadratic in its length.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}&.-])(?<name>" + Cap + @"(?:,? (?:" + Connector + @" )*" + Cap + @"){0,12})(?:'s?)? \((?<acr>[A-Z][A-Za-z&./-]{0,9}[A-Z0-9])s?\)", RegexOptions.None, 1000)]
    public static partial Regex Definition();

    /// <summary>"Operation Last Mile", "Operation Without a Trace"; never crosses "and Operation".</summary>
    [GeneratedRegex(@"\bOperation(?<words>(?:(?: (?:a|an|the|of|de|del|la|el))? [A-Z][\p{L}\p{N}'-]*){1,5})(?: \((?<acr>[A-Za-z]{2,8})\))?", RegexOptions.None, 1000)]
    public static partial Regex Operation();

    /// <summary>A run of capitalized words with lower-case connectors inside it, "for a"/"to a" among them ("Roadmap for a Renewed Partnership").</summary>
    [GeneratedRegex(CapQ + @"(?: (?:(?:for|to) an? |(?:" + ChunkConnector + @" )*)" + CapQ + @")*(?: [0-9]{1,3}(?![0-9,.]))?", RegexOptions.None, 1000)]
    public static partial Regex CapitalizedChunk();

    /// <summary>A quoted name of a few capitalized words ("One Pill Can Kill", "Ventanillas de Salud").</summary>
    [GeneratedRegex(@"""(?<name>[A-Z][^""\n]{2,70}?)[,.]?""", RegexOptions.None, 1000)]
    public static partial Regex Quoted();

    /// <summary>"the Sinaloa and Jalisco Cartels", "the Gulf Cartel".</summary>
    [GeneratedRegex(@"\b(?<names>[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?(?:(?:, | and |, and )[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?)*) (?<head>Cartels?|Gangs?)\b", RegexOptions.None, 1000)]
    public static partial Regex Cartel();

    /// <summary>"Sembrando Oportunidades, a bilateral framework".</summary>
    [GeneratedRegex(@"(?<name>[A-Z][\p{L}-]+(?: (?:de |la |del |y |el )?[A-Z][\p{L}-]+){0,5}), an? (?:[a-z-]+ ){0,3}(?:framework|program|programme|initiative|campaign|strategy|plan|partnership|mechanism)\b", RegexOptions.None, 1000)]
    public static partial Regex Appositive();

    /// <summary>Continues a name after "Framework for ...": ", Public Health, and Safe Communities".</summary>
    [GeneratedRegex(@"\G(?:, (?:and )?[A-Z][\p{L}-]*(?: [A-Z][\p{L}-]*)*)+", RegexOptions.None, 1000)]
    public static partial Regex CommaNameTail();
}
