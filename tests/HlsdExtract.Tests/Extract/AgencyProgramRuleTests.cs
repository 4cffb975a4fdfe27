using HlsdExtract.Extract.Entities;
using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Tests.Extract;

/// <summary>
/// One row per form of a body's or program's name, written for the form with invented names (none is in a
/// word list, unless the row is about a known agency written another way), so each row passes only through
/// the shape rules: definitions, runs holding two names, possessors, titles, heads, and numbered instruments.
/// </summary>
public sealed class AgencyProgramRuleTests
{
    private static readonly ExtractionPipeline Rules = PipelineBuilder.CreateStructure(topicClassifier: null)
        .UseRuleEntityExtractors(WordLists.Default).Use(new EntityResolver()).Build();

    private static List<string> Canonicals(string text, string type) =>
        Rules.RunText(text).Entities.Where(e => e.Type.Name == type).Select(e => e.Canonical).ToList();

    [Theory]
    [InlineData("Funds came through the Office of National Drug Control Policy's (ONDCP) Safe Harbor Towns (SHT) Program this year.", "Safe Harbor Towns Program")]
    [InlineData("Grants from the Comprehensive Youth, Families, and other Communities Support Program (CYFCSP) reached them.", "Comprehensive Youth, Families, and other Communities Support Program")]
    public void ADefinedProgramIsNamedByEveryWordItsAcronymSpells(string text, string canonical)
    {
        Assert.Contains(canonical, Canonicals(text, "program"));
    }

    [Theory]
    [InlineData("Ten counties were named Rural Harbor Safety Zones (RHSZs) this year.", "program")]
    [InlineData("Agents seized the funds of Transnational Harbor Organizations (THOs) last year.", "program")]
    public void APluralAcronymDefinesAKindOfThingNotAName(string text, string type)
    {
        Assert.Empty(Canonicals(text, type));
    }

    [Fact]
    public void APluralAcronymOfBodiesNamesThem()
    {
        Assert.Contains("Regional Harbor Task Forces", Canonicals("The Regional Harbor Task Forces (RHTFs) met in May.", "agency"));
    }

    [Fact]
    public void ThePairOfCountriesBeforeADefinedBodyBelongsToItsName()
    {
        Assert.Contains("U.S.-Canada Harbor Coordination Group", Canonicals("Officials met at the U.S.-Canada Harbor Coordination Group (HCG) on Monday.", "agency"));
    }

    [Theory]
    [InlineData("Drug Enforcement Administration-Federal Bureau of Investigation (DEA-FBI) teams seized the pills.")]
    [InlineData("La entrega se realizó en el Aeropuerto Internacional de la Ciudad de Pueblo Nuevo (AICPN), ayer.")]
    [InlineData("Imports from the Federal Republic of Ruritania (FRR) fell.")]
    [InlineData("Talks with the People's Republic of Ruritania (PRR) went on.")]
    public void AnAcronymOfKnownBodiesOrAPlaceDefinesNoProgram(string text)
    {
        Assert.Empty(Canonicals(text, "program"));
    }

    [Theory]
    [InlineData("They trained with the Harbor Infrastructure Protection Agency and Ruritania's Coastal Guard.", "Harbor Infrastructure Protection Agency|Ruritania Coastal Guard")]
    [InlineData("Agents from the Lakeside Harbor Patrol and Delta County HIDTA took part.", "Lakeside Harbor Patrol")]
    [InlineData("The find was made by the Pacific Fleet Command Joint Harbor Task Force North.", "Pacific Fleet Command|Joint Harbor Task Force North")]
    public void ARunHoldingTwoBodiesGivesEach(string text, string canonicals)
    {
        var found = Canonicals(text, "agency");
        Assert.All(canonicals.Split('|'), c => Assert.Contains(c, found));
    }

    [Fact]
    public void APossessorThatIsABodysNameIsABodyToo()
    {
        var found = Canonicals("Agents of the Northern Rivers Police Service's Special Cases Division joined the search.", "agency");
        Assert.Contains("Northern Rivers Police Service", found);
        Assert.Contains("Northern Rivers Police Service Special Cases Division", found);
    }

    [Theory]
    [InlineData("Harbor Safety Council Senior Director for the Pacific Region Dana Whitfield also joined.", "Harbor Safety Council")]
    [InlineData("The case was announced by Special Agent in Charge Daniel C. Moreau of the Lakeview Division today.", "Lakeview Division")]
    [InlineData("The Inspector General of the Department of Harbor Safety spoke first.", "Department of Harbor Safety")]
    [InlineData("Hoy se celebra la III Reunión del Comité Bilateral de Puertos en la capital.", "Comité Bilateral de Puertos")]
    public void WordsBeforeABodysNameOrATitleAfterItAreNoPartOfIt(string text, string canonical)
    {
        var found = Canonicals(text, "agency");
        Assert.Contains(canonical, found);
        Assert.DoesNotContain(found, c => c.Contains("Director", StringComparison.Ordinal) || c.Contains("Moreau", StringComparison.Ordinal) || c.Contains("Inspector", StringComparison.Ordinal) || c.Contains("Reunión", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Centers for Harbor Safety and Prevention (CHSP) launched four campaigns.", "Centers for Harbor Safety and Prevention")]
    [InlineData("Officials from Treasury's Harbor Crimes Enforcement Network (HCEN) co-led the meeting.", "Harbor Crimes Enforcement Network")]
    [InlineData("Labs follow the International Organization for Harbor Standards (IOHS) rules.", "International Organization for Harbor Standards")]
    public void PluralHeadsAndBodyEndingsMakeBodiesNotPrograms(string text, string canonical)
    {
        Assert.Contains(canonical, Canonicals(text, "agency"));
        Assert.DoesNotContain(canonical, Canonicals(text, "program"));
    }

    [Theory]
    [InlineData("Building on the Statement of Partnership to Detect, Deter, and Dismantle Harbor Crime, which was signed last year, they met.", "Statement of Partnership to Detect, Deter, and Dismantle Harbor Crime")]
    [InlineData("It was set up by the 2021 Roadmap for a Stronger Harbor Partnership of both leaders.", "Roadmap for a Stronger Harbor Partnership")]
    [InlineData("They were designated under the Harbor Kingpin Designation Act of Ramirez's associates.", "Harbor Kingpin Designation Act")]
    [InlineData("They were designated under the Harbor Kingpin Designation Act of Ramirez's Delta Cartel associates.", "Harbor Kingpin Designation Act")]
    [InlineData("Using authorities under E.O. 15123, Treasury designated them.", "Executive Order 15123")]
    [InlineData("Executive Order 15124 directed the agencies to act.", "Executive Order 15124")]
    public void AProgramIsNamedWholeByItsForm(string text, string canonical)
    {
        Assert.Contains(canonical, Canonicals(text, "program"));
    }

    [Fact]
    public void AnAgreementNamedOnlyByItsKindIsNoProgram()
    {
        Assert.Empty(Canonicals("Work follows a 2021 Memorandum of Understanding between the two harbors.", "program"));
    }

    [Theory]
    [InlineData("The Transportation Security Agency screened the bags.", "TSA")]
    [InlineData("Agents of the Federal Bureau of Investigations arrested him.", "FBI")]
    [InlineData("Analysts at the Defense Intelligence Administration briefed them.", "DIA")]
    [InlineData("Staff of the Mexican Federal Prosecutor Bureau (FGR) met the delegation.", "FGR")]
    public void AKnownBodyWrittenAnotherWayTakesItsOfficialName(string text, string acronym)
    {
        Assert.Contains(WordLists.Default.AgencyByAcronym(acronym)!.Canonical, Canonicals(text, "agency"));
    }

    [Theory]
    [InlineData("The Drug Education Agency opened a school.", "Drug Education Agency", "DEA")]
    [InlineData("Grants went to the Secure Schools Administration (SSA) this year. The SSA said more.", "Secure Schools Administration", "SSA")]
    public void ABodyWhoseOwnInitialsSpellAKnownAcronymKeepsItsName(string text, string canonical, string acronym)
    {
        var found = Canonicals(text, "agency");
        Assert.Contains(canonical, found);
        Assert.DoesNotContain(WordLists.Default.AgencyByAcronym(acronym)!.Canonical, found);
    }

    [Fact]
    public void AKnownBodyDefinedByAShorterNameKeepsItsAcronym()
    {
        var found = Canonicals("Inmates of the Bureau of Prisons (BOP) were moved. The BOP said so.", "agency");
        Assert.All(found, c => Assert.Equal(WordLists.Default.AgencyByAcronym("BOP")!.Canonical, c));
    }
}
