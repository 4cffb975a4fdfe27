using HlsdExtract.Extract.Entities;
using HlsdExtract.Language;
using HlsdExtract.Model;
using HlsdExtract.Pipeline;

namespace HlsdExtract.Tests.Extract;

/// <summary>
/// One row per name form, written for the form with invented names (none is in a word list), so each
/// row passes only through the shape rules: titles, initials and particles, surname-only mentions,
/// field divisions and units, Spanish bodies, and dialogues, forums, strategies and laws as programs.
/// </summary>
public sealed class NameRuleTests
{
    private static readonly ExtractionPipeline Rules = PipelineBuilder.CreateStructure(topicClassifier: null)
        .UseRuleEntityExtractors(WordLists.Default).Use(new EntityResolver()).Build();

    private static List<EntityMention> Entities(string text, string type) =>
        Rules.RunText(text).Entities.Where(e => e.Type.Name == type).ToList();

    [Theory]
    [InlineData("Principal Deputy Spokesperson Dana Whitfield briefed reporters.", "Dana Whitfield")]
    [InlineData("The Deputy Director of the Office of National Drug Control Policy Adam Kessler joined them.", "Adam Kessler")]
    [InlineData("With me today are the Director of the FBI, Robert Lanning, and others.", "Robert Lanning")]
    [InlineData("Canada's Minister of Public Safety, Dominic Fairweather, attended the meeting.", "Dominic Fairweather")]
    [InlineData("The Minister of Justice and Attorney General, Walter Prendergast, spoke first.", "Walter Prendergast")]
    [InlineData("U.S. Attorney Zorvan K. Haddlebrook announced the charges.", "Zorvan K. Haddlebrook")]
    [InlineData("The meeting was chaired by Secretary Juan Pablo de la Torre in the capital.", "Juan Pablo de la Torre")]
    [InlineData("Thomas Varga, Sr., pleaded guilty to the charges.", "Thomas Varga, Sr.")]
    [InlineData("Cartel leader Julio \"El Gallo\" Ramirez Soto was extradited.", "Julio Ramirez Soto")]
    [InlineData("The statement was signed by Ambassador Laura Pennington September 27, 2021.", "Laura Pennington")]
    [InlineData("Posteriormente, la secretaria de Relaciones Exteriores (SRE), Marisol Quintero Vela, encabezó la reunión.", "Marisol Quintero Vela")]
    [InlineData("El día de ayer, el presidente Andrés Emilio Cortázar recibió a la delegación.", "Andrés Emilio Cortázar")]
    [InlineData("Speaker Alma Trevathan welcomed the bill on the floor.", "Alma Trevathan")]
    [InlineData("Senate Majority Leader Dorian Castellane scheduled the vote.", "Dorian Castellane")]
    [InlineData("NOW, THEREFORE, I, MARGARET L. ASHWORTH, Governor of the State of Ruritania, do hereby proclaim.", "Margaret L. Ashworth")]
    public void APersonIsFoundWithTheNameAsWritten(string text, string name)
    {
        Assert.Contains(name, Entities(text, "person").Select(e => e.Canonical));
    }

    [Theory]
    [InlineData("The flight landed at John F. Kennedy International Airport on Tuesday.")]
    [InlineData("Agents of the San Diego Field Division seized the shipment.")]
    [InlineData("Thank you, Mr. Ambassador, for the welcome.")]
    [InlineData("The advisor of the Casa Blanca, spoke at length.")]
    public void PlacesBuildingsAndBareTitlesAreNoPeople(string text)
    {
        Assert.Empty(Entities(text, "person"));
    }

    [Theory]
    [InlineData("Administrator Carla Brandvold opened the session. Later, Brandvold said the work would continue.", "Carla Brandvold", 2)]
    [InlineData("Foreign Secretary Juan Ramón de la Cruz arrived. Secretary de la Cruz thanked the hosts.", "Juan Ramón de la Cruz", 2)]
    public void ALaterSurnameMentionIsTheSamePerson(string text, string name, int mentions)
    {
        var people = Entities(text, "person");
        Assert.Equal(mentions, people.Count(e => e.Canonical == name));
        Assert.All(people, e => Assert.Equal(name, e.Canonical));
    }

    [Theory]
    [InlineData("The U.S. Attorney's Office for the Western District of Oklahoma announced the sentence.", "U.S. Attorney's Office for the Western District of Oklahoma")]
    [InlineData("Agents of the U.S. Marshals Service's Fugitive Tracking Division joined the search.", "U.S. Marshals Service Fugitive Tracking Division")]
    [InlineData("The task force is led by the Pima Nation Police Department and the Yuma Harbor Police Department today.", "Pima Nation Police Department")]
    [InlineData("The task force is led by the Pima Nation Police Department and the Yuma Harbor Police Department today.", "Yuma Harbor Police Department")]
    [InlineData("The delegation met with the Mexican Border Security Cabinet on Monday.", "Mexican Border Security Cabinet")]
    [InlineData("Officials of Mexico's Secretaría de Seguridad Fronteriza y Aduanas attended.", "Secretaría de Seguridad Fronteriza y Aduanas")]
    [InlineData("Analysts of the Forensic Chemistry Agency of the Federal Bureau of Investigation (FBI) helped.", "Forensic Chemistry Agency")]
    public void FieldDivisionsUnitsAndSpanishBodiesAreAgencies(string text, string canonical)
    {
        Assert.Contains(canonical, Entities(text, "agency").Select(e => e.Canonical));
    }

    [Theory]
    [InlineData("This Administration has made the border a priority.")]
    [InlineData("My Administration will hold them accountable.")]
    [InlineData("Welcome to the Regional Ministry of Tourism of Ruritania, said the host.")]
    public void SentenceOpenersAreNotPartOfAName(string text)
    {
        Assert.DoesNotContain(Entities(text, "agency"), e => e.Canonical.StartsWith("This", StringComparison.Ordinal) || e.Canonical.StartsWith("My ", StringComparison.Ordinal) || e.Canonical.StartsWith("Welcome", StringComparison.Ordinal) || e.Canonical.StartsWith("to ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Delegates gathered for the Third Caribbean Drug Dialogue in Ottawa.", "Third Caribbean Drug Dialogue")]
    [InlineData("The Northern Border Security Forum met in the spring.", "Northern Border Security Forum")]
    [InlineData("Officials said Mexico's National Strategy to Prevent Violence reached millions.", "National Strategy to Prevent Violence")]
    [InlineData("The Bipartisan Ports Modernization Law includes new funds.", "Bipartisan Ports Modernization Law")]
    [InlineData("Both countries pledge to create a Network for Violence Prevention, to share practices.", "Network for Violence Prevention")]
    [InlineData("Se amplió la Red Nacional de Alertas sobre Drogas en el país.", "Red Nacional de Alertas sobre Drogas")]
    [InlineData("En cumplimiento al Tratado de Asistencia Jurídica firmado entre ambos países.", "Tratado de Asistencia Jurídica")]
    [InlineData("The North American Mayors' Summit met again.", "North American Mayors' Summit")]
    public void DialoguesForumsStrategiesAndLawsArePrograms(string text, string canonical)
    {
        Assert.Contains(canonical, Entities(text, "program").Select(e => e.Canonical));
    }

    [Fact]
    public void AnAcronymWithAHeadWordIsTheDefinedProgram()
    {
        var programs = Entities("Grants came through the Safe Harbor Towns (SHT) Program. The SHT Program supports coalitions.", "program");
        Assert.NotEmpty(programs);
        Assert.All(programs, p => Assert.Equal("Safe Harbor Towns Program", p.Canonical));
    }

    [Theory]
    [InlineData("Chemicals were sold to the Cartel del Golfo Norte (CGN) last year.")]
    [InlineData("Leaders of the Benito Salas Ortega Organization were charged.")]
    [InlineData("The leader, Jorge \"El Toro\" Mendez, was arrested.")]
    public void CriminalGroupsAndNicknamesAreNoPrograms(string text)
    {
        Assert.Empty(Entities(text, "program"));
    }

    [Theory]
    [InlineData("Grants went to the Departments of Labor, Energy, and Housing and Urban Development last year.", "U.S. Department of Labor|Department of Energy|Department of Housing and Urban Development")]
    [InlineData("Staff of the Departments of Commerce and Transportation met on Friday.", "U.S. Department of Commerce|U.S. Department of Transportation")]
    public void EachNameOfASharedPluralHeadListIsItsListedBody(string text, string canonicals)
    {
        var found = Entities(text, "agency").Select(e => e.Canonical).ToList();
        Assert.All(canonicals.Split('|'), c => Assert.Contains(c, found));
    }

    [Theory]
    [InlineData("Agents made arrests under Project Silver Harbor, a two-year operation against traffickers. Project Silver Harbor seized 40 kilograms.", 2)]
    [InlineData("The Project Silver Harbor investigation ended in May.", 1)]
    public void AProjectTheTextCallsAnOperationIsAnOperationEverywhere(string text, int mentions)
    {
        var operations = Entities(text, "operation");
        Assert.Equal(mentions, operations.Count);
        Assert.All(operations, o => Assert.Equal("Project Silver Harbor", o.Canonical));
    }

    [Fact]
    public void AProjectNeverCalledAnOperationIsNone()
    {
        Assert.Empty(Entities("Grants from Project Bright Lantern help communities reduce violence.", "operation"));
    }

    [Theory]
    [InlineData("Officials launched the Pacific Counter Cartel Alliance Initiative in May.", "Pacific Counter Cartel Alliance Initiative")]
    [InlineData("The Northern Anti-Cartel Task Force arrested them.", "Northern Anti-Cartel Task Force")]
    public void ACartelWordInsideABodyOrProgramNameIsNoCriminalGroup(string text, string name)
    {
        var all = Rules.RunText(text).Entities;
        Assert.DoesNotContain(all, e => e.Type == EntityKind.CriminalOrg);
        Assert.Contains(name, all.Select(e => e.Canonical));
    }

    [Fact]
    public void ADefinedPlaceNameIsNoProgram()
    {
        Assert.Empty(Entities("Ships sailed past the Eastern Coral Islands (ECI) and docked. The ECI ports were busy.", "program"));
    }
}
