using HlsdExtract.Model;

namespace HlsdExtract.Gold;

/// <summary>
/// Projects a gold file's entity names onto the text as typed spans (the tagger's training labels):
/// rule mentions that match a gold item by key, and every occurrence of a gold name or acronym at
/// word boundaries (also without a leading "U.S." or "the"); longer spans win where they overlap.
/// </summary>
public static class MentionProjection
{
    public static List<(TextSpan Span, EntityKind Type)> Project(Document doc, GoldDocument gold)
    {
        var candidates = new List<(TextSpan Span, EntityKind Type)>();
        foreach (var e in doc.Entities)
        {
            var keys = new[] { NameKeys.Key(e.Canonical), NameKeys.Key(e.Text), e.Acronym is { } a ? NameKeys.Key(a) : "" };
            if (gold.OfType(e.Type).Any(g => g.Keys.Any(keys.Contains)))
            {
                candidates.Add((e.Span, e.Type));
            }
        }

        foreach (var g in gold.Names)
        {
            foreach (var form in Forms(g))
            {
                for (var at = doc.Text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = doc.Text.IndexOf(form, at + 1, StringComparison.Ordinal))
                {
                    if (Boundary(doc.Text, at - 1) && Boundary(doc.Text, at + form.Length))
                    {
                        candidates.Add((new TextSpan(at, at + form.Length), g.Type));
                    }
                }
            }
        }

        var accepted = new List<(TextSpan Span, EntityKind Type)>();
        foreach (var c in candidates.OrderByDescending(c => c.Span.Length).ThenBy(c => c.Span.Start).ThenBy(c => c.Type.Name, StringComparer.Ordinal))
        {
            if (!accepted.Any(a => a.Span.Overlaps(c.Span)))
            {
                accepted.Add(c);
            }
        }

        return accepted.OrderBy(a => a.Span.Start).ToList();
    }

    /// <summary>BIO tags per token of <paramref name="doc"/> from projected spans.</summary>
    public static string[] Tags(Document doc, IEnumerable<(TextSpan Span, EntityKind Type)> spans)
    {
        var tags = Enumerable.Repeat(Extract.Learned.TagSet.Outside, doc.Tokens.Count).ToArray();
        var t = 0;
        foreach (var (span, type) in spans.OrderBy(s => s.Span.Start))
        {
            while (t < doc.Tokens.Count && doc.Tokens[t].Start < span.Start)
            {
                t++;
            }

            for (var k = t; k < doc.Tokens.Count && doc.Tokens[k].End <= span.End; k++)
            {
                tags[k] = k == t ? type.BeginTag : type.InsideTag;
            }
        }

        return tags;
    }

    private static IEnumerable<string> Forms(GoldName g)
    {
        foreach (var form in g.Forms.Where(f => f.Length >= 2))
        {
            yield return Ingest.TextNormalizer.Normalize(form);
            foreach (var prefix in new[] { "U.S. ", "the ", "The " })
            {
                if (form.StartsWith(prefix, StringComparison.Ordinal) && form.Length > prefix.Length + 3)
                {
                    yield return Ingest.TextNormalizer.Normalize(form[prefix.Length..]);
                }
            }
        }
    }

    private static bool Boundary(string text, int at) => at < 0 || at >= text.Length || !char.IsLetterOrDigit(text[at]);
}
