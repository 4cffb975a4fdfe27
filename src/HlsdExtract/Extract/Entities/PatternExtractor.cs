using System.Buffers;
using System.Text.RegularExpressions;
using HlsdExtract.Contracts;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// Names found by their shape: "Full Name (ACR)" definitions (and the acronym's later uses),
/// operations, capitalized names ending in a body or program word, quoted campaign names,
/// appositives ("X, a bilateral framework") and cartels.
/// </summary>
public sealed class PatternExtractor(WordLists lists) : IDocumentStage
{
    // Literals the appositive pattern cannot match without: ", a(n) " and one of its head nouns.
    private static readonly SearchValues<string> AppositiveArticles = SearchValues.Create([", a ", ", an "], StringComparison.Ordinal);
    private static readonly SearchValues<string> AppositiveHeads = SearchValues.Create(
        ["framework", "program", "initiative", "campaign", "strategy", "plan", "partnership", "mechanism"], StringComparison.Ordinal);

    public string Name => "patterns";

    public Document Process(Document document, StageContext context)
    {
        var found = new List<EntityMention>(document.Entities);
        var acronyms = new Dictionary<string, (string Type, string Canonical, string? Country)>(StringComparer.Ordinal);
        var projects = ProjectOperations.Names(document);
        foreach (var block in document.Blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // Each pattern needs a literal it cannot match without; looking for it first skips most blocks cheaply.
            var text = document.Slice(block.Span);
            if (text.Contains("Operation", StringComparison.Ordinal))
            {
                Operations(document, block, text, found, acronyms);
            }

            if (projects.Count > 0)
            {
                ProjectOperations.Find(document, block, text, projects, found);
            }

            if (text.Contains(" (", StringComparison.Ordinal))
            {
                Definitions(document, block, text, found, acronyms);
            }

            if (SharedHeadList.MayMatch(text))
            {
                SharedHeadList.Find(document, block, text, lists, found);
            }

            Chunks(document, block, text, found);
            if (text.Contains('"'))
            {
                Quoted(document, block, text, found);
            }

            if (text.Contains("Cartel", StringComparison.Ordinal) || text.Contains("Gang", StringComparison.Ordinal))
            {
                Cartels(document, block, text, found);
            }

            if (text.AsSpan().ContainsAny(AppositiveArticles) && text.AsSpan().ContainsAny(AppositiveHeads))
            {
                foreach (Match m in EntityPatterns.Appositive().Matches(text))
                {
                    Add(document, block, found, "program", m.Groups["name"].Index, m.Groups["name"].Value, null, null, 0.8);
                }
            }
        }

        AcronymUses(document, found, acronyms);
        AcronymHeads(found, acronyms);
        return document with { Entities = found };
    }

    private static void Operations(Document doc, Block block, string text, List<EntityMention> found, Dictionary<string, (string, string, string?)> acronyms)
    {
        foreach (Match m in EntityPatterns.Operation().Matches(text))
        {
            var name = "Operation" + m.Groups["words"].Value;
            Add(doc, block, found, "operation", m.Index, name, null, null, 1.0);
            if (m.Groups["acr"].Success)
            {
                acronyms[m.Groups["acr"].Value] = ("operation", name, null);
            }
        }
    }

    private void Definitions(Document doc, Block block, string text, List<EntityMention> found, Dictionary<string, (string, string, string?)> acronyms)
    {
        foreach (var m in DefinitionScanner.Find(text))
        {
            var acr = m.Groups["acr"].Value;
            if (lists.AgencyByAcronym(acr) is not null || lists.OneWordForms.Contains(acr) || acronyms.ContainsKey(acr) || acr is "FY" or "US" or "USA")
            {
                continue;
            }

            var nameGroup = m.Groups["name"];
            var name = NameMatchingAcronym(nameGroup.Value, acr);
            if (name is null)
            {
                continue;
            }

            var start = nameGroup.Index + nameGroup.Length - name.Length;
            var after = m.Groups["after"].Value;
            // NameMatchingAcronym returns two words or more: a defined name that is no body is a program, unless a place ("British Virgin Islands (BVI)").
            var kind = NameKinds.Classify(name, lists);
            if (kind == "operation" || (kind is null && IsPlaceName(name)))
            {
                continue;
            }

            kind ??= "program";
            var canonical = kind == "program" && after.Length > 0 && (lists.ProgramHeads.Contains(after) || lists.ProgramNouns.Contains(after)) ? name + " " + after : name;
            var country = kind == "agency" ? NameKinds.Country(name) : null;
            Add(doc, block, found, kind, start, name, kind == "agency" ? acr : null, country, 0.85, canonical);
            acronyms[acr] = (kind, canonical, country);
        }
    }

    private void Chunks(Document doc, Block block, string text, List<EntityMention> found)
    {
        foreach (Match m in EntityPatterns.CapitalizedChunk().Matches(text))
        {
            if (!text.AsSpan(m.Index, m.Length).Contains(' '))
            {
                continue;
            }

            var trimmed = NameKinds.Trim(m.Value);
            foreach (var (partOffset, part) in ChunkNames.Parts(trimmed))
            {
                var (offset, name, parent) = ChunkNames.Cut(part, lists);
                Chunk(doc, block, text, found, m.Index + m.Length - trimmed.Length + partOffset + offset, name, parent);
            }
        }
    }

    private void Chunk(Document doc, Block block, string text, List<EntityMention> found, int start, string name, string? parent)
    {
        if (!name.Contains(' '))
        {
            return;
        }

        name = WithoutListedParent(block, found, start, name);
        var kind = NameKinds.Classify(name, lists);
        var end = start + name.Length;
        var nextWord = NextWord(text, end);
        if (kind is null && lists.ProgramNouns.Contains(nextWord) && nextWord != "training")
        {
            kind = "program";
        }

        if (kind is null or "operation")
        {
            return;
        }

        if (kind == "program" && EntityPatterns.CommaNameTail().Match(text, end) is { Success: true, Length: > 0 } tail && (name.Contains(" for ", StringComparison.Ordinal) || name.Contains(" on ", StringComparison.Ordinal)))
        {
            name = text[start..(end + tail.Length)];
        }

        var canonical = kind == "agency" && parent is not null ? parent + " " + name : name;
        Add(doc, block, found, kind, start, name, null, kind == "agency" ? NameKinds.Country(canonical) : null, ExtendsAListedName(doc, block, found, start, name, kind) ? 1.0 : 0.85, canonical);
    }

    private void Quoted(Document doc, Block block, string text, List<EntityMention> found)
    {
        foreach (Match m in EntityPatterns.Quoted().Matches(text))
        {
            var name = m.Groups["name"].Value.TrimEnd(',', '.');
            if (IsNickname(text, m))
            {
                continue;
            }

            var words = name.Split(' ');
            if (name.StartsWith("Operation ", StringComparison.Ordinal) || words.Length > 8 || words.Count(w => w.Length > 0 && char.IsUpper(w[0])) * 2 < words.Length)
            {
                continue;
            }

            Add(doc, block, found, "program", m.Groups["name"].Index, name, null, null, 0.9);
        }
    }

    private void Cartels(Document doc, Block block, string text, List<EntityMention> found)
    {
        foreach (Match m in EntityPatterns.Cartel().Matches(text))
        {
            if (NamesGoOnToAHead(text, m.Index + m.Length))
            {
                // "Counter Cartel Coalition": the cartel word is inside a body's or program's name.
                continue;
            }

            var head = m.Groups["head"].Value.TrimEnd('s');
            var names = m.Groups["names"];
            var parts = Regex.Split(names.Value, ", and |, | and ", RegexOptions.None, TimeSpan.FromMilliseconds(1000));
            var offset = names.Index;
            foreach (var part in parts)
            {
                var at = text.IndexOf(part, offset, StringComparison.Ordinal);
                var cleaned = NameKinds.Trim(part);
                if (cleaned.Length > 0 && cleaned is not ("The" or "Mexican"))
                {
                    var span = new TextSpan(block.Span.Start + at + (part.Length - cleaned.Length), block.Span.Start + at + part.Length);
                    found.Add(EntityFactory.Make(doc, "criminal_org", parts.Length == 1 ? new TextSpan(span.Start, block.Span.Start + m.Index + m.Length) : span, cleaned + " " + head, confidence: 0.9));
                }

                offset = at + part.Length;
            }
        }
    }

    private static void AcronymUses(Document doc, List<EntityMention> found, Dictionary<string, (string Type, string Canonical, string? Country)> acronyms)
    {
        if (acronyms.Count == 0)
        {
            return;
        }

        var taken = new SpanSet(found.Select(e => e.Span));
        var lookup = acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        var starts = acronyms.Keys.Select(k => k[0]).ToHashSet();
        foreach (var token in doc.Tokens)
        {
            if (starts.Contains(doc.Text[token.Start]) && lookup.TryGetValue(token.Span.SliceSpan(doc.Text), out var word, out var def) && !taken.Overlaps(token.Span))
            {
                taken.Add(token.Span);
                found.Add(EntityFactory.Make(doc, def.Type, token.Span, def.Canonical, def.Type == "agency" ? word : null, def.Country, confidence: 0.95));
            }
        }
    }

    /// <summary>"DFC Program" after "Drug-Free Communities (DFC) Program": a name made of a defined acronym and a head word is the defined name.</summary>
    private static void AcronymHeads(List<EntityMention> found, Dictionary<string, (string Type, string Canonical, string? Country)> acronyms)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var e = found[i];
            var space = e.Text.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && e.Text.IndexOf(' ', space + 1) < 0 && acronyms.TryGetValue(e.Text[..space], out var def) && def.Type == e.Type)
            {
                found[i] = e with { Canonical = def.Canonical };
            }
        }
    }

    private static void Add(Document doc, Block block, List<EntityMention> found, string type, int localStart, string name, string? acronym, string? country, double confidence, string? canonical = null)
    {
        var span = new TextSpan(block.Span.Start + localStart, block.Span.Start + localStart + name.Length);
        found.Add(EntityFactory.Make(doc, type, span, canonical ?? name, acronym, country, confidence: confidence));
    }

    /// <summary>"Criminal Investigative Agency of the Mexican Attorney General's Office": a unit "of" a listed body is named without its parent.</summary>
    private string WithoutListedParent(Block block, List<EntityMention> found, int localStart, string name)
    {
        for (var at = name.IndexOf(" of ", StringComparison.Ordinal); at > 0; at = name.IndexOf(" of ", at + 1, StringComparison.Ordinal))
        {
            var tail = string.CompareOrdinal(name, at, " of the ", 0, 8) == 0 ? at + 8 : at + 4;
            var from = block.Span.Start + localStart + tail;
            var to = block.Span.Start + localStart + name.Length;
            var head = name[..at];
            if (lists.AgencyHeads.Contains(head[(head.LastIndexOf(' ') + 1)..]) && found.Any(e => e.Type == "agency" && e.Confidence >= 1.0 && e.Span.Start == from && e.Span.End == to))
            {
                return head;
            }
        }

        return name;
    }

    /// <summary>True when the chunk is a word-list name of the same type extended by "for/of/in ..." ("U.S. Attorney's Office" in "U.S. Attorney's Office for the District of Arizona"): the longer name is the more specific.</summary>
    private static bool ExtendsAListedName(Document doc, Block block, List<EntityMention> found, int localStart, string name, string type)
    {
        var span = new TextSpan(block.Span.Start + localStart, block.Span.Start + localStart + name.Length);
        return found.Any(e => e.Type == type && e.Confidence >= 1.0 && e.Span.Start == span.Start && e.Span.End < span.End
            && name.AsSpan(e.Span.Length).TrimStart(',') is var rest && (rest.StartsWith(" for ", StringComparison.Ordinal) || rest.StartsWith(" of ", StringComparison.Ordinal) || rest.StartsWith(" in ", StringComparison.Ordinal)));
    }

    /// <summary>A quoted name between two words of a person's name (Juan "El Huevo" Treviño) or after "alias": a nickname, not a program.</summary>
    private static bool IsNickname(string text, Match m)
    {
        var before = text.AsSpan(0, m.Index).TrimEnd(' ');
        var after = text.AsSpan(m.Index + m.Length).TrimStart(' ');
        var wordBefore = before.Length > 0 && char.IsLetter(before[^1]) ? before[(before.LastIndexOf(' ') + 1)..] : [];
        return (wordBefore.Length > 0 && char.IsUpper(wordBefore[0]) && after.Length > 0 && char.IsUpper(after[0]) && text.AsSpan(m.Index - 1, 1).SequenceEqual(" "))
            || wordBefore is "alias" or "aka" || before.EndsWith("known as", StringComparison.Ordinal) || before.EndsWith("(", StringComparison.Ordinal);
    }

    /// <summary>True for a name ending in a place word ("Islands", "County"), not a body's word ("Organization", "International").</summary>
    private bool IsPlaceName(string name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        return lists.PlaceHeads.Contains(last) && last is not ("Organization" or "Organizations" or "International");
    }

    /// <summary>True when the capitalized words right after <paramref name="at"/> run on to a body's or program's word ("Cartel Alliance Initiative").</summary>
    private bool NamesGoOnToAHead(string text, int at)
    {
        for (var words = 0; words < 4; words++)
        {
            var next = NextWord(text, at);
            if (next.Length == 0 || !char.IsUpper(next[0]))
            {
                return false;
            }

            if (lists.AgencyHeads.Contains(next) || lists.ProgramHeads.Contains(next))
            {
                return true;
            }

            at = text.IndexOf(next, at, StringComparison.Ordinal) + next.Length;
            if (at >= text.Length || text[at] != ' ')
            {
                return false;
            }
        }

        return false;
    }

    private static string NextWord(string text, int at)
    {
        var rest = text.AsSpan(at).TrimStart(' ');
        var end = rest.IndexOfAny(' ', ',', '.');
        return (end < 0 ? rest : rest[..end]).ToString();
    }

    /// <summary>The longest tail of <paramref name="name"/> whose word initials spell the acronym in order, first letter first.</summary>
    internal static string? NameMatchingAcronym(string name, string acronym)
    {
        var words = name.Split(' ');
        var letters = acronym.Where(char.IsUpper).ToArray();
        for (var from = 0; from < words.Length; from++)
        {
            if (words[from].Length == 0 || words[from][0] != letters[0])
            {
                continue;
            }

            var initials = string.Concat(words[from..].SelectMany(w => w.Split('-')).Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
            if (IsSubsequence(letters, initials) && words.Length - from >= 2)
            {
                return string.Join(' ', words[from..]).TrimEnd(',');
            }
        }

        return null;
    }

    private static bool IsSubsequence(char[] letters, string initials)
    {
        var k = 0;
        foreach (var c in initials)
        {
            if (k < letters.Length && c == letters[k])
            {
                k++;
            }
        }

        return k == letters.Length;
    }
}
