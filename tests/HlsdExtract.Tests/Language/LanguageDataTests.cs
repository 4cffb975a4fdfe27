using HlsdExtract.Common;
using HlsdExtract.Language;

namespace HlsdExtract.Tests.Language;

/// <summary>Each language's data is read from its own folder under <c>Data/</c>, through one loader.</summary>
public sealed class LanguageDataTests
{
    [Theory]
    [InlineData("en", "units.tsv", "pounds")]
    [InlineData("es", "units.tsv", "kilogramos")]
    [InlineData("en", "number-words.tsv", "seven")]
    [InlineData("es", "number-words.tsv", "siete")]
    [InlineData("en", "abbreviations.txt", "U.S")]
    public void ALanguageReadsItsFilesFromItsFolder(string code, string file, string word) =>
        Assert.Contains(word, Language(code).Table(file).Select(r => r[0]));

    [Fact]
    public void AFileALanguageDoesNotHaveReadsAsEmpty() =>
        Assert.Empty(LanguageData.Spanish.Table("titles.txt"));

    [Theory]
    [InlineData("en/titles.txt", true)]
    [InlineData("es/months.tsv", true)]
    [InlineData("titles.txt", false)]
    [InlineData("agencies.tsv", true)]
    public void EmbeddedResourceNamesFollowTheDataFolders(string name, bool shipped) =>
        Assert.Equal(shipped, DataFiles.Exists(name));

    [Fact]
    public void TheLanguagesAreReadEnglishFirst() =>
        Assert.Equal(["en", "es"], LanguageData.All.Select(l => l.Code));

    [Fact]
    public void EachLanguageIsLoadedOnce() =>
        Assert.Same(LanguageData.English.Months, LanguageData.All[0].Months);

    private static LanguageData Language(string code) => LanguageData.All.Single(l => l.Code == code);
}
