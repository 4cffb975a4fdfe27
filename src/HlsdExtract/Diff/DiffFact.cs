namespace HlsdExtract.Diff;

/// <summary>One figure as the diff sees it: its alignment key parts, what it is measured over, value and provenance.</summary>
public sealed record DiffFact
{
    public string? Operation { get; init; }
    public string? Topic { get; init; }
    public string? Goal { get; init; }
    public string? Heading { get; init; }
    public string? Item { get; init; }
    public required string Unit { get; init; }
    public required decimal Value { get; init; }
    public required string Text { get; init; }
    public string? Sentence { get; init; }
    public string? BlockId { get; init; }

    /// <summary>The agencies the extraction tied to the figure (its actors).</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];

    /// <summary>"more_than", "nearly", ... as extracted; values are compared as written.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The extracted period (ISO date, range "a/b", open range "a/", "FY2023").</summary>
    public string? Period { get; init; }

    /// <summary>The words of the figure's own part of its sentence (see <see cref="FigureClauses"/>).</summary>
    public string Context { get; init; } = "";

    public PeriodKind PeriodKind { get; init; } = PeriodKind.Unstated;

    /// <summary>The figure's sentence names its operation (else the operation came from the block around it).</summary>
    public bool OperationNamed { get; init; }

    /// <summary>What the figure is about: its operation, else its topic, else its heading.</summary>
    public string Group => Operation ?? Topic ?? Heading ?? "(none)";
}
