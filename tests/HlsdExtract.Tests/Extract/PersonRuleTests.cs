using HlsdExtract.Extract.Entities;
using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Tests.Extract;

/// <summary>
/// People the word lists do not know, one row per form, with invented names (the given names that matter are not in
/// given-names.txt): the name's own marks (suffixes, nicknames, quoted initials), lists that share their items' type,
/// and titles and headings read more strictly than body text.
/// </summary>
public sealed class PersonRuleTests
{
    private static readonly ExtractionPipeline Rules = PipelineBuilder.CreateStructure(topicClassifier: null)
        .UseRuleEntityExtractors(WordLists.Default).Use(new EntityResolver()).Build();

    private static List<EntityMention> People(string text) =>
        Rules.RunText(text).Entities.Where(e => e.Type == EntityKind.Person).ToList();

    [Theory]
    [InlineData("Prosecutors said Dorvan Kessling, Sr., and Dorvan Kessling, Jr., admitted the scheme.", "Dorvan Kessling, Sr.")]
    [InlineData("Prosecutors said Dorvan Kessling, Sr., and Dorvan Kessling, Jr., admitted the scheme.", "Dorvan Kessling, Jr.")]
    [InlineData("The plaza boss in Sinaloa Eldrin Tomaso \"El Gordo\" Varela Varela was arrested in May.", "Eldrin Tomaso Varela Varela")]
    [InlineData("Jacobo \"R\", probablemente operaba como enlace financiero de la organización.", "Jacobo \"R\"")]
    [InlineData("La fiscalía informó que Luis Alberto \"G\" fue entregado en la frontera.", "Luis Alberto \"G\"")]
    [InlineData("Agents arrested Dario Benavente-Ruiz, Ostin Carrazco-Mejia, Pablo Andres Quiroga and Treyla Montez on Friday.", "Ostin Carrazco-Mejia")]
    [InlineData("Agents arrested Dario Benavente-Ruiz, Ostin Carrazco-Mejia, Pablo Andres Quiroga and Treyla Montez on Friday.", "Treyla Montez")]
    public void APersonIsFoundByTheMarksOfTheName(string text, string name)
    {
        Assert.Contains(name, People(text).Select(e => e.Canonical));
    }

    [Theory]
    [InlineData("Deputy Attorney General Marcus Ostrander on the New Strike Force\n\nRemarks as prepared for delivery.\n\nGood morning. We are here today to announce charges.\n", "Marcus Ostrander")]
    [InlineData("FBI Director Quillon's Statement on the Extradition of a Cartel Leader\n\nThe extradition shows what our partners can do together.\n", "Quillon")]
    public void APersonNamedInTheHeadlineIsFound(string text, string name)
    {
        Assert.Contains(name, People(text).Select(e => e.Canonical));
    }

    [Theory]
    [InlineData("Secretary Brandvold Travels to Ruritania\n\nSecretary Brandvold met officials in the capital today.\n", "Brandvold")]
    [InlineData("Senate Majority Leader, Ruritania Senator Chuck Dallow, said the bill would pass.", "Chuck Dallow")]
    [InlineData("Thank you to Senators Ellory Vance and Rick Dorne, Representatives Carrow, Tamsin Vale, and Pike, for coming.", "Rick Dorne")]
    public void ATitleOrHeadingDoesNotRunIntoTheName(string text, string name)
    {
        var people = People(text).Select(e => e.Canonical).ToList();
        Assert.Contains(name, people);
        Assert.DoesNotContain(people, p => p.Contains("Travels", StringComparison.Ordinal) || p.StartsWith("Ruritania", StringComparison.Ordinal)
            || p.StartsWith("Senators", StringComparison.Ordinal) || p.StartsWith("Representatives", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The laboratories based in Jalisco, Sonora, Victoria Norte, Zacatecas and the capital took part.")]
    [InlineData("Además de la canciller Marisa")]
    [InlineData("My predecessor promised \"Infrastructure Week\" — you know, \"We are going to build it\" — and nothing came.")]
    [InlineData("For this order the term \"Ruritania Trust Bank\" or \"RTB\" means the central bank of Ruritania.")]
    [InlineData("Remarks on the Anniversary of Dobbs v. Jackson Women's Health Organization\n\nToday we mark the anniversary.\n")]
    [InlineData("He joined the Office of the First Lady Joining Forces Initiative in 2021.")]
    public void PlacesQuotesAndCutWordsAreNoPeople(string text)
    {
        Assert.Empty(People(text));
    }
}
