namespace HlsdExtract.Model;

/// <summary>
/// One kind of named entity, with the names it goes by: in the JSON output and the CSV tables (<see cref="Name"/>,
/// e.g. "agency"), in the tagger's BIO tags ("B-agency", "I-agency") and in a gold file's lists ("agencies").
/// Adding a kind is one line here (and its word list, if any, in <c>Data/</c>).
/// </summary>
public sealed class EntityKind
{
    public static readonly EntityKind Agency = new("agency", "agencies");
    public static readonly EntityKind Program = new("program", "programs");
    public static readonly EntityKind Operation = new("operation", "operations");
    public static readonly EntityKind Person = new("person", "people");
    public static readonly EntityKind CriminalOrg = new("criminal_org", "criminalOrganizations");
    public static readonly EntityKind Location = new("location", "locations");

    private EntityKind(string name, string goldList)
    {
        Name = name;
        GoldList = goldList;
        BeginTag = "B-" + name;
        InsideTag = "I-" + name;
    }

    /// <summary>Every kind, in the tagger's label order (a model's labels are numbered in this order).</summary>
    public static IReadOnlyList<EntityKind> All { get; } = [Agency, Program, Operation, Person, CriminalOrg, Location];

    /// <summary>The kind's name in the JSON "type" field and the CSV "type" column.</summary>
    public string Name { get; }

    /// <summary>The name of the gold file's list of this kind.</summary>
    public string GoldList { get; }

    public string BeginTag { get; }

    public string InsideTag { get; }

    /// <summary>The kind named <paramref name="name"/> ("agency"), or null.</summary>
    public static EntityKind? Find(string? name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>The kind named <paramref name="name"/>; an unknown name is an error in the data that holds it.</summary>
    public static EntityKind Parse(string name) => Find(name) ?? throw new FormatException($"unknown entity type \"{name}\"");

    public override string ToString() => Name;
}
