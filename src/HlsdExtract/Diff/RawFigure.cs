namespace HlsdExtract.Diff;

/// <summary>One extracted figure with its offsets, sentence and section, as read from a document or an extraction JSON.</summary>
internal sealed record RawFigure(
    string? Operation, string? Item, string Unit, decimal Value, string Text, string? Qualifier, IReadOnlyList<string> Agencies, string? Period,
    string? BlockId, int Start, int End, string? Sentence, int SentenceStart, string? Heading, string? Topic, string? Goal);
