using HlsdExtract.Model;

namespace HlsdExtract.Tests.Support;

/// <summary>Checks that every span of a document lies in its text and holds what the annotation says.</summary>
internal static class SpanInvariants
{
    public static void AssertHold(Document doc)
    {
        var text = doc.Text;
        foreach (var block in doc.Blocks)
        {
            AssertInside(text, block.Span);
            Assert.False(string.IsNullOrWhiteSpace(doc.Slice(block.Span)));
            Assert.DoesNotContain('\n', doc.Slice(block.Span));
            Assert.False(doc.Slice(block.Span).StartsWith("• ", StringComparison.Ordinal));
        }

        foreach (var section in doc.Sections.Where(s => s.HeadingSpan is not null))
        {
            Assert.Equal(section.Heading, doc.Slice(section.HeadingSpan!.Value).Trim());
        }

        var blocks = doc.Blocks.ToDictionary(b => b.Id);
        foreach (var sentence in doc.Sentences)
        {
            AssertInside(text, sentence.Span);
            Assert.True(blocks[sentence.BlockId].Span.Contains(sentence.Span));
            Assert.Equal(doc.Slice(sentence.Span).Trim(), doc.Slice(sentence.Span));
        }

        foreach (var token in doc.Tokens)
        {
            AssertInside(text, token.Span);
            Assert.True(token.End > token.Start);
            Assert.DoesNotContain(doc.Slice(token.Span), char.IsWhiteSpace);
        }

        foreach (var e in doc.Entities)
        {
            Assert.Equal(e.Text, doc.Slice(e.Span));
        }

        foreach (var d in doc.Dates)
        {
            Assert.Equal(d.Text, doc.Slice(d.Span));
        }

        foreach (var q in doc.Quantities)
        {
            Assert.Equal(q.Text, doc.Slice(q.Span));
        }
    }

    private static void AssertInside(string text, TextSpan span)
    {
        Assert.InRange(span.Start, 0, text.Length);
        Assert.InRange(span.End, span.Start, text.Length);
    }
}
