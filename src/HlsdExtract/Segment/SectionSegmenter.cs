using HlsdExtract.Contracts;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Segment;

/// <summary>
/// Sections and blocks. A heading is a short capitalized line with no final punctuation that
/// something follows. A block after a wider-than-usual gap (two or more blank lines), or a lead-in
/// paragraph between bullets, opens a section with no heading, whose topic is inferred. When the
/// source's markup declares its headings (Markdown), those lines and only those are headings.
/// </summary>
public sealed class SectionSegmenter(TopicMatcher topics, TopicClassifier? classifier = null) : IDocumentStage
{
    public string Name => "segment";

    public Document Process(Document document, StageContext context)
    {
        var text = document.Text;
        var lines = LineReader.Read(text).Where(l => l.Line != document.TitleSpan).ToList();
        var declared = document.DeclaredHeadings?.ToHashSet();
        bool IsHeading(int i) => declared is not null
            ? declared.Contains(lines[i].Line)
            : !lines[i].IsBullet && i + 1 < lines.Count && HeadingRules.LooksLikeHeading(lines[i].Content.SliceSpan(text));
        var usualGap = UsualGap(lines, text);
        var drafts = new List<SectionDraft> { new(null, null, isPreamble: true) };
        for (var i = 0; i < lines.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            var current = drafts[^1];
            if (IsHeading(i))
            {
                drafts.Add(new SectionDraft(line.Content.Slice(text).Trim(), line.Content, isPreamble: false));
                continue;
            }

            var widerGap = line.BlankLinesBefore >= 2 && line.BlankLinesBefore > usualGap;
            var leadIn = !line.IsBullet && current.HasBullets && i + 1 < lines.Count && lines[i + 1].IsBullet;
            if (current.Blocks.Count > 0 && (widerGap || leadIn) && !(current.IsPreamble && !current.HasBullets && !leadIn))
            {
                current = new SectionDraft(null, null, isPreamble: false);
                drafts.Add(current);
            }

            current.Add(line.IsBullet ? BlockKind.Bullet : BlockKind.Paragraph, line.Content);
        }

        return document with { Sections = Build(drafts, text) };
    }

    private List<Section> Build(List<SectionDraft> drafts, string text)
    {
        var sections = new List<Section>();
        var blockNo = 0;
        foreach (var draft in drafts.Where(d => d.Blocks.Count > 0 || d.Heading is not null))
        {
            var id = "s" + (sections.Count + 1);
            string Body() => string.Join("\n", draft.Blocks.Select(b => b.Span.Slice(text)));
            var topic = draft.Heading is { } h
                ? topics.MatchHeading(h) ?? (h + "\n" + Body() is var titled ? topics.MatchKeywords(titled) ?? Learned(titled) : null)
                : draft.IsPreamble ? null : (Body() is var body ? topics.MatchKeywords(body) ?? Learned(body) : null);
            sections.Add(new Section
            {
                Id = id,
                Heading = draft.Heading ?? (draft.IsPreamble ? null : topic?.Name),
                HeadingSpan = draft.HeadingSpan,
                HeadingInferred = draft.Heading is null,
                Topic = topic?.Id,
                Goal = topic?.GoalId,
                Blocks = draft.Blocks.Select(b => new Block("b" + ++blockNo, b.Kind, b.Span, id)).ToList(),
            });
        }

        return sections;
    }

    /// <summary>The classifier's topic for text the taxonomy's wordings and keywords do not place.</summary>
    private TaxonomyTopic? Learned(string text) =>
        classifier?.Decide(text) is { } id ? topics.Taxonomy.Find(id) : null;

    /// <summary>The most common number of blank lines before a block line (0 when there are none).</summary>
    private static int UsualGap(List<TextLine> lines, string text)
    {
        var gaps = lines.Skip(1)
            .Where(l => l.IsBullet || !HeadingRules.LooksLikeHeading(l.Content.SliceSpan(text)))
            .GroupBy(l => l.BlankLinesBefore)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key);
        return gaps.FirstOrDefault();
    }
}
