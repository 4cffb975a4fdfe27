using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HlsdExtract.Language.Dates;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Properties;

/// <summary>The latest full date, found line by line where a year is written, is the latest of all the dates a whole-text search finds.</summary>
public sealed class FullDateProperties
{
    private static readonly string[] Fragments =
    [
        "October", "Oct.", "May", "Septembre", "5", "31", "12", "2023", "1999", "2100", "1899", "20", "19", "/", " ", " ", ", ", ",", ".", "\n",
        "\n\n", "On ", "met in", "a", "x", "2023rd", "/2024", "12/31/2023", "5 October 2023", "October 5, 2023", "October 5, 1999", "12/31/1999", "5 May 1999", "0", "\r",
    ];

    private static Arbitrary<string> DateText() => GluedText.Of(Fragments);

    [Property(MaxTest = 2000)]
    public Property LatestIsTheLatestOfAllFullDates() =>
        Prop.ForAll(DateText(), text => Assert.Equal(FullDates.Find(text).Select(f => (DateOnly?)f.Date).Max(), FullDates.Latest(text)));
}
