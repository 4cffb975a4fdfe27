namespace HlsdExtract.Ingest.Pdf;

/// <summary>One text line of a page: its words joined, its baseline and height, its left and right edges.</summary>
internal sealed record PdfLine(string Text, double Bottom, double Height, double Left, double Right);
