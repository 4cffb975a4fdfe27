using System.Text.Json;

namespace HlsdExtract.Export.Json;

/// <summary>The output contract's JSON property names, encoded once (the writer then neither escapes nor transcodes them per document).</summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText Acronym = JsonEncodedText.Encode("acronym");

    public static readonly JsonEncodedText Agencies = JsonEncodedText.Encode("agencies");

    public static readonly JsonEncodedText BlockId = JsonEncodedText.Encode("blockId");

    public static readonly JsonEncodedText Blocks = JsonEncodedText.Encode("blocks");

    public static readonly JsonEncodedText Boilerplate = JsonEncodedText.Encode("boilerplate");

    public static readonly JsonEncodedText Canonical = JsonEncodedText.Encode("canonical");

    public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");

    public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");

    public static readonly JsonEncodedText Dates = JsonEncodedText.Encode("dates");

    public static readonly JsonEncodedText DocId = JsonEncodedText.Encode("docId");

    public static readonly JsonEncodedText DocumentYear = JsonEncodedText.Encode("documentYear");

    public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");

    public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");

    public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");

    public static readonly JsonEncodedText Goal = JsonEncodedText.Encode("goal");

    public static readonly JsonEncodedText Heading = JsonEncodedText.Encode("heading");

    public static readonly JsonEncodedText HeadingInferred = JsonEncodedText.Encode("headingInferred");

    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

    public static readonly JsonEncodedText InvalidBytes = JsonEncodedText.Encode("invalidBytes");

    public static readonly JsonEncodedText Item = JsonEncodedText.Encode("item");

    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");

    public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");

    public static readonly JsonEncodedText MeetingDate = JsonEncodedText.Encode("meetingDate");

    public static readonly JsonEncodedText Metadata = JsonEncodedText.Encode("metadata");

    public static readonly JsonEncodedText Normalized = JsonEncodedText.Encode("normalized");

    public static readonly JsonEncodedText Operation = JsonEncodedText.Encode("operation");

    public static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");

    public static readonly JsonEncodedText Period = JsonEncodedText.Encode("period");
    public static readonly JsonEncodedText RepeatOf = JsonEncodedText.Encode("repeatOf");

    public static readonly JsonEncodedText PublishedDate = JsonEncodedText.Encode("publishedDate");
    public static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");

    public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");

    public static readonly JsonEncodedText Quantities = JsonEncodedText.Encode("quantities");

    public static readonly JsonEncodedText RangeEnd = JsonEncodedText.Encode("rangeEnd");

    public static readonly JsonEncodedText RangeStart = JsonEncodedText.Encode("rangeStart");

    public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");

    public static readonly JsonEncodedText RetrievedDate = JsonEncodedText.Encode("retrievedDate");

    public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");

    public static readonly JsonEncodedText Sections = JsonEncodedText.Encode("sections");

    public static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");

    public static readonly JsonEncodedText Sha256 = JsonEncodedText.Encode("sha256");

    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");

    public static readonly JsonEncodedText SourceUrl = JsonEncodedText.Encode("sourceUrl");

    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");

    public static readonly JsonEncodedText Topic = JsonEncodedText.Encode("topic");

    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");

    public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");

    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

    public static readonly JsonEncodedText ValueKg = JsonEncodedText.Encode("valueKg");
}
