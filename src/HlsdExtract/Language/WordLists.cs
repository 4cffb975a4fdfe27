using HlsdExtract.Common;
using HlsdExtract.Model;

namespace HlsdExtract.Language;

/// <summary>The entity word lists of <c>Data/</c>, loaded once and shared (read-only after load).</summary>
public sealed class WordLists
{
    private static readonly Lazy<WordLists> Loaded = new(() => new WordLists());

    private WordLists(Func<GazetteerEntry, IReadOnlyList<string>, bool>? drop = null)
    {
        this.drop = drop;
        foreach (var row in DataFiles.ReadTable("agencies.tsv"))
        {
            var entry = new GazetteerEntry(EntityKind.Agency, row[0], Empty(row[1]), Empty(row[3]), Empty(row[4]));
            string[] forms = [row[0], row[1], .. row[2].Split('|')];
            if (drop?.Invoke(entry, forms) == true)
            {
                continue;
            }

            Agencies.Add(entry);
            AddAll(Names, entry, forms);
        }

        foreach (var agency in Agencies.Where(a => a.Acronym is not null))
        {
            byAcronym.TryAdd(agency.Acronym!, agency);
        }

        AddNamed("people.tsv", EntityKind.Person);
        AddNamed("programs.tsv", EntityKind.Program);
        AddNamed("criminal-orgs.tsv", EntityKind.CriminalOrg);
        AddNamed("places.tsv", EntityKind.Location);

        AgencyHeads = Words("agency-heads.txt");
        ProgramHeads = Words("program-heads.txt");
        ProgramNouns = Words("program-nouns.txt");
        GivenNames = Words("given-names.txt");
        PlaceHeads = Words("place-heads.txt");
        NameOpeners = Words("name-openers.txt");
        TitlePhrases = TitlePhrase.Load();
        WordLookup = new SpanLookups(AgencyHeads, new HashSet<string>([.. ProgramHeads, .. ProgramNouns], StringComparer.Ordinal), GivenNames);
        foreach (var title in DataFiles.ReadTable("titles.txt"))
        {
            Titles.Add(title[0], title[0]);
        }
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

    private readonly Func<GazetteerEntry, IReadOnlyList<string>, bool>? drop;

    public List<GazetteerEntry> Agencies { get; } = [];

    /// <summary>The one-word written forms of every entry ("CJNG", "DEA", "eTrace").</summary>
    public HashSet<string> OneWordForms { get; } = new(StringComparer.Ordinal);

    /// <summary>Every named entry (agencies, people, programs, criminal organizations, places) by its written forms.</summary>
    public TokenTrie<GazetteerEntry> Names { get; } = new();

    public TokenTrie<string> Titles { get; } = new();

    public HashSet<string> AgencyHeads { get; }

    public HashSet<string> ProgramHeads { get; }

    public HashSet<string> ProgramNouns { get; }

    public HashSet<string> GivenNames { get; }

    /// <summary>Last words of facilities and places ("Airport", "Bridge", "County"): a capitalized run ending in one is no person.</summary>
    public HashSet<string> PlaceHeads { get; }

    /// <summary>Capitalized words that open a phrase but never a name ("This", "Welcome").</summary>
    public HashSet<string> NameOpeners { get; }

    /// <summary>Office titles built from head and modifier words (<c>Data/title-words.tsv</c>).</summary>
    internal TitlePhrase TitlePhrases { get; }

    /// <summary>The head-noun and given-name lists, searchable by span (no allocation per token).</summary>
    internal SpanLookups WordLookup { get; }

    /// <summary>The first agency (in file order) with this acronym, or null.</summary>
    public GazetteerEntry? AgencyByAcronym(string acronym) => byAcronym.GetValueOrDefault(acronym);

    private readonly Dictionary<string, GazetteerEntry> byAcronym = new(StringComparer.Ordinal);

    /// <summary>Loads a "canonical, aliases" table whose entries all have one type.</summary>
    private void AddNamed(string file, EntityKind type)
    {
        foreach (var row in DataFiles.ReadTable(file))
        {
            var aliases = row.Length > 1 && type != EntityKind.Location ? row[1].Split('|') : [];
            var entry = new GazetteerEntry(type, row[0], null, null, null);
            string[] forms = [row[0], .. aliases];
            if (drop?.Invoke(entry, forms) != true)
            {
                AddAll(Names, entry, forms);
            }
        }
    }

    private void AddAll(TokenTrie<GazetteerEntry> trie, GazetteerEntry entry, IEnumerable<string> forms)
    {
        foreach (var form in forms.Where(f => f.Length > 0))
        {
            trie.Add(form, entry);
            if (!form.Contains(' '))
            {
                OneWordForms.Add(form);
            }
        }
    }

    private static HashSet<string> Words(string file) =>
        DataFiles.ReadTable(file).Select(r => r[0].Trim()).ToHashSet(StringComparer.Ordinal);

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
