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
        var acronyms = new Dictionary<string, (EntityKind Type, string Canonical, string? Country)>(StringComparer.Ordinal);
        var redefined = new HashSet<string>(StringComparer.Ordinal);
        var projects = ProjectOperations.Names(document);
        // The word lists' mentions by start, for the chunks that extend or own one (a scan of every mention per chunk is quadratic in a long text).
        var listed = document.Entities.Where(e => e.Confidence >= 1.0).ToLookup(e => e.Span.Start);
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
                DefinedNames.Find(document, block, text, lists, found, acronyms, redefined);
            }

            if (SharedHeadList.MayMatch(text))
            {
                SharedHeadList.Find(document, block, text, lists, found);
            }

            Chunks(document, block, text, found, listed);
            if (NumberedInstruments.MayMatch(text))
            {
                NumberedInstruments.Find(document, block, text, found);
            }

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
                    Add(document, block, found, EntityKind.Program, m.Groups["name"].Index, m.Groups["name"].Value, null, null, 0.8);
                }
            }
        }

        Acronyms.Redefine(found, acronyms, redefined);
        Acronyms.MarkUses(document, found, acronyms);
        Acronyms.NameDefinedHeads(found, acronyms);
        return document with { Entities = found };
    }

    private static void Operations(Document doc, Block block, string text, List<EntityMention> found, Dictionary<string, (EntityKind, string, string?)> acronyms)
    {
        foreach (Match m in EntityPatterns.Operation().Matches(text))
        {
            var name = "Operation" + m.Groups["words"].Value;
            Add(doc, block, found, EntityKind.Operation, m.Index, name, null, null, 1.0);
            if (m.Groups["acr"].Success)
            {
                acronyms[m.Groups["acr"].Value] = (EntityKind.Operation, name, null);
            }
        }
    }

    private void Chunks(Document doc, Block block, string text, List<EntityMention> found, ILookup<int, EntityMention> listed)
    {
        // Most chunks are one word and skipped: enumerated as value matches, only the kept ones become strings.
        foreach (var m in EntityPatterns.CapitalizedChunk().EnumerateMatches(text))
        {
            if (!text.AsSpan(m.Index, m.Length).Contains(' '))
            {
                continue;
            }

            var trimmed = NameKinds.Trim(text.Substring(m.Index, m.Length));
            var at = m.Index + m.Length - trimmed.Length;
            foreach (var (partOffset, part) in ChunkNames.Parts(trimmed, lists))
            {
                var cut = ChunkNames.Cut(part, lists);
                if (cut.Owner is { } owner)
                {
                    // "the Marshals Service's Investigative Operations Division": the possessor names a body too.
                    Chunk(doc, block, text, found, listed, at + partOffset + cut.OwnerOffset, owner, null);
                }

                Chunk(doc, block, text, found, listed, at + partOffset + cut.Offset, cut.Name, cut.Parent);
            }
        }
    }

    private void Chunk(Document doc, Block block, string text, List<EntityMention> found, ILookup<int, EntityMention> listed, int start, string name, string? parent)
    {
        if (!name.Contains(' '))
        {
            return;
        }

        name = WithoutListedParent(block, listed, start, name);
        var kind = NameKinds.Classify(name, lists);
        var end = start + name.Length;
        var nextWord = NameContext.NextWord(text, end);
        if (kind is null && lists.ProgramNouns.Contains(nextWord) && nextWord != "training")
        {
            kind = EntityKind.Program;
        }

        if (kind is null || kind == EntityKind.Operation)
        {
            return;
        }

        if (kind == EntityKind.Program && EntityPatterns.CommaNameTail().Match(text, end) is { Success: true, Length: > 0 } tail && TakesCommaTail(name, tail.Value))
        {
            name = text[start..(end + tail.Length)];
        }

        if (GenericNames.IsGeneric(name, kind))
        {
            return;
        }

        var canonical = kind == EntityKind.Agency && parent is not null ? parent + " " + name : name;
        var country = kind == EntityKind.Agency ? NameKinds.Country(canonical) : null;
        string? acronym = null;
        if (kind == EntityKind.Agency && (KnownBodies.DefinedAfter(text, name, start + name.Length, lists) ?? KnownBodies.Variant(name, lists)) is { } known)
        {
            // "the Federal Attorney General's Office (FGR)", "the U.S. Drug Enforcement Agency": a known body, written another way.
            (canonical, acronym, country) = (known.Canonical, known.Acronym, known.Country);
        }

        Add(doc, block, found, kind, start, name, acronym, country, ExtendsAListedName(block, listed, start, name, kind) ? 1.0 : 0.85, canonical);
    }

    /// <summary>
    /// "Framework for Security, Public Health, and Safe Communities", "Statement of Partnership to Prevent, Investigate, and
    /// Disrupt Crime": a program's name with its head before "for/on" runs on over a comma list; one before "to" (a verb
    /// list) only when the list closes with "and".
    /// </summary>
    private static bool TakesCommaTail(string name, string tail) =>
        name.Contains(" for ", StringComparison.Ordinal) || name.Contains(" on ", StringComparison.Ordinal)
        || (name.Contains(" to ", StringComparison.Ordinal) && tail.Contains(", and ", StringComparison.Ordinal));

    private void Quoted(Document doc, Block block, string text, List<EntityMention> found)
    {
        foreach (Match m in EntityPatterns.Quoted().Matches(text))
        {
            var name = m.Groups["name"].Value.TrimEnd(',', '.');
            if (NameContext.IsNickname(text, m))
            {
                continue;
            }

            var words = name.Split(' ');
            if (name.StartsWith("Operation ", StringComparison.Ordinal) || words.Length > 8 || words.Count(w => w.Length > 0 && char.IsUpper(w[0])) * 2 < words.Length)
            {
                continue;
            }

            Add(doc, block, found, EntityKind.Program, m.Groups["name"].Index, name, null, null, 0.9);
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
                    found.Add(EntityFactory.Make(doc, EntityKind.CriminalOrg, parts.Length == 1 ? new TextSpan(span.Start, block.Span.Start + m.Index + m.Length) : span, cleaned + " " + head, confidence: 0.9));
                }

                offset = at + part.Length;
            }
        }
    }

    private static void Add(Document doc, Block block, List<EntityMention> found, EntityKind type, int localStart, string name, string? acronym, string? country, double confidence, string? canonical = null)
    {
        var span = new TextSpan(block.Span.Start + localStart, block.Span.Start + localStart + name.Length);
        found.Add(EntityFactory.Make(doc, type, span, canonical ?? name, acronym, country, confidence: confidence));
    }

    /// <summary>"Criminal Investigative Agency of the Mexican Attorney General's Office": a unit "of" a listed body is named without its parent.</summary>
    private string WithoutListedParent(Block block, ILookup<int, EntityMention> listed, int localStart, string name)
    {
        for (var at = name.IndexOf(" of ", StringComparison.Ordinal); at > 0; at = name.IndexOf(" of ", at + 1, StringComparison.Ordinal))
        {
            var tail = string.CompareOrdinal(name, at, " of the ", 0, 8) == 0 ? at + 8 : at + 4;
            var from = block.Span.Start + localStart + tail;
            var to = block.Span.Start + localStart + name.Length;
            var head = name[..at];
            if (lists.AgencyHeads.Contains(head[(head.LastIndexOf(' ') + 1)..]) && listed[from].Any(e => e.Type == EntityKind.Agency && e.Span.End == to))
            {
                return head;
            }
        }

        return name;
    }

    /// <summary>True when the chunk is a word-list name of the same type extended by "for/of/in ..." ("U.S. Attorney's Office" in "U.S. Attorney's Office for the District of Arizona"): the longer name is the more specific.</summary>
    private static bool ExtendsAListedName(Block block, ILookup<int, EntityMention> listed, int localStart, string name, EntityKind type)
    {
        var span = new TextSpan(block.Span.Start + localStart, block.Span.Start + localStart + name.Length);
        return listed[span.Start].Any(e => e.Type == type && e.Span.End < span.End
            && name.AsSpan(e.Span.Length).TrimStart(',') is var rest && (rest.StartsWith(" for ", StringComparison.Ordinal) || rest.StartsWith(" of ", StringComparison.Ordinal) || rest.StartsWith(" in ", StringComparison.Ordinal)));
    }

    /// <summary>True when the capitalized words right after <paramref name="at"/> run on to a body's or program's word ("Cartel Alliance Initiative").</summary>
    private bool NamesGoOnToAHead(string text, int at)
    {
        for (var words = 0; words < 4; words++)
        {
            var next = NameContext.NextWord(text, at);
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
}
