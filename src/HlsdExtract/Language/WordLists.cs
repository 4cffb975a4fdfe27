using System.Collections.Frozen;
using HlsdExtract.Common;
using HlsdExtract.Model;

namespace HlsdExtract.Language;

/// <summary>
/// The entity word lists: the named entries of the gazetteer (<c>Data/*.tsv</c>: agencies, people,
/// programs, criminal organizations, places, in whatever language they are written) and the head
/// words, given names and titles of each language (<c>Data/en/</c>, <c>Data/es/</c>). Loaded once into
/// read-only collections and shared by every stage and thread.
/// </summary>
public sealed class WordLists
{
    private static readonly Lazy<WordLists> Loaded = new(() => new WordLists());

    private readonly Func<GazetteerEntry, IReadOnlyList<string>, bool>? drop;
    private readonly FrozenDictionary<string, GazetteerEntry> byAcronym;

    private WordLists(Func<GazetteerEntry, IReadOnlyList<string>, bool>? drop = null)
    {
        this.drop = drop;
        var names = new TokenTrieBuilder<GazetteerEntry>();
        var oneWordForms = new HashSet<string>(StringComparer.Ordinal);
        var agencies = new List<GazetteerEntry>();
        foreach (var row in DataFiles.ReadTable("agencies.tsv"))
        {
            var entry = new GazetteerEntry(EntityKind.Agency, row[0], Empty(row[1]), Empty(row[3]), Empty(row[4]));
            string[] forms = [row[0], row[1], .. row[2].Split('|')];
            if (drop?.Invoke(entry, forms) == true)
            {
                continue;
            }

            agencies.Add(entry);
            AddAll(names, oneWordForms, entry, forms);
        }

        var acronyms = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var agency in agencies.Where(a => a.Acronym is not null))
        {
            acronyms.TryAdd(agency.Acronym!, agency);
        }

        foreach (var (file, type) in NamedFiles)
        {
            AddNamed(names, oneWordForms, file, type);
        }

        Agencies = agencies;
        byAcronym = acronyms.ToFrozenDictionary(StringComparer.Ordinal);
        Names = names.Build();
        OneWordForms = oneWordForms.ToFrozenSet(StringComparer.Ordinal);

        AgencyHeads = Words("agency-heads.txt");
        ProgramHeads = Words("program-heads.txt");
        ProgramNouns = Words("program-nouns.txt");
        GivenNames = Words("given-names.txt");
        PlaceHeads = Words("place-heads.txt");
        NameOpeners = Words("name-openers.txt");
        TitlePhrases = TitlePhrase.Load(LanguageData.All);
        WordLookup = new SpanLookups(AgencyHeads, ProgramHeads.Concat(ProgramNouns).ToFrozenSet(StringComparer.Ordinal), GivenNames);
        var titles = new TokenTrieBuilder<string>();
        foreach (var title in LanguageData.All.SelectMany(l => l.Table("titles.txt")))
        {
            titles.Add(title[0], title[0]);
        }

        Titles = titles.Build();
    }

    public static WordLists Default => Loaded.Value;

    /// <summary>The word lists without the agencies <paramref name="drop"/> selects (for generalization experiments).</summary>
    public static WordLists WithoutAgencies(Func<GazetteerEntry, bool> drop) => new((e, _) => e.Type == EntityKind.Agency && drop(e));

    /// <summary>The word lists without the named entries (of any type) <paramref name="drop"/> selects by entry and written forms (the unseen-names regime).</summary>
    public static WordLists WithoutNames(Func<GazetteerEntry, IReadOnlyList<string>, bool> drop) => new(drop);

    /// <summary>These word lists less the entries <paramref name="alsoDrop"/> selects as well.</summary>
    public WordLists Without(Func<GazetteerEntry, IReadOnlyList<string>, bool> alsoDrop)
    {
        var before = drop;
        return new((e, forms) => before?.Invoke(e, forms) == true || alsoDrop(e, forms));
    }

    /// <summary>The agencies, in file order.</summary>
    public IReadOnlyList<GazetteerEntry> Agencies { get; }

    /// <summary>The one-word written forms of every entry ("CJNG", "DEA", "eTrace").</summary>
    public FrozenSet<string> OneWordForms { get; }

    /// <summary>Every named entry (agencies, people, programs, criminal organizations, places) by its written forms.</summary>
    public TokenTrie<GazetteerEntry> Names { get; }

    public TokenTrie<string> Titles { get; }

    public FrozenSet<string> AgencyHeads { get; }

    public FrozenSet<string> ProgramHeads { get; }

    public FrozenSet<string> ProgramNouns { get; }

    public FrozenSet<string> GivenNames { get; }

    /// <summary>Last words of facilities and places ("Airport", "Bridge", "County"): a capitalized run ending in one is no person.</summary>
    public FrozenSet<string> PlaceHeads { get; }

    /// <summary>Capitalized words that open a phrase but never a name ("This", "Welcome").</summary>
    public FrozenSet<string> NameOpeners { get; }

    /// <summary>Office titles built from head and modifier words (<c>Data/en/title-words.tsv</c>).</summary>
    internal TitlePhrase TitlePhrases { get; }

    /// <summary>The head-noun and given-name lists, searchable by span (no allocation per token).</summary>
    internal SpanLookups WordLookup { get; }

    private static readonly (string File, EntityKind Type)[] NamedFiles =
        [("people.tsv", EntityKind.Person), ("programs.tsv", EntityKind.Program), ("criminal-orgs.tsv", EntityKind.CriminalOrg), ("places.tsv", EntityKind.Location)];

    /// <summary>The first agency (in file order) with this acronym, or null.</summary>
    public GazetteerEntry? AgencyByAcronym(string acronym) => byAcronym.GetValueOrDefault(acronym);

    /// <summary>Loads a "canonical, aliases" table whose entries all have one type.</summary>
    private void AddNamed(TokenTrieBuilder<GazetteerEntry> names, HashSet<string> oneWordForms, string file, EntityKind type)
    {
        foreach (var row in DataFiles.ReadTable(file))
        {
            var aliases = row.Length > 1 && type != EntityKind.Location ? row[1].Split('|') : [];
            var entry = new GazetteerEntry(type, row[0], null, null, null);
            string[] forms = [row[0], .. aliases];
            if (drop?.Invoke(entry, forms) != true)
            {
                AddAll(names, oneWordForms, entry, forms);
            }
        }
    }

    private static void AddAll(TokenTrieBuilder<GazetteerEntry> names, HashSet<string> oneWordForms, GazetteerEntry entry, IEnumerable<string> forms)
    {
        foreach (var form in forms.Where(f => f.Length > 0))
        {
            names.Add(form, entry);
            if (!form.Contains(' '))
            {
                oneWordForms.Add(form);
            }
        }
    }

    /// <summary>The first column of <paramref name="file"/> in every language (<c>Data/en/</c>, <c>Data/es/</c>), as one set.</summary>
    private static FrozenSet<string> Words(string file) =>
        LanguageData.All.SelectMany(l => l.Table(file)).Select(r => r[0].Trim()).ToFrozenSet(StringComparer.Ordinal);

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
