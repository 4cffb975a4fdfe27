using HlsdExtract.Model;

namespace HlsdExtract.Gold;

/// <summary>One gold entity: its name, acronym (agencies) and whether an extractor must find it.</summary>
public sealed record GoldName(EntityKind Type, string Name, string? Acronym, bool Required)
{
    public IEnumerable<string> Keys => Acronym is null ? [NameKeys.Key(Name)] : [NameKeys.Key(Name), NameKeys.Key(Acronym)];

    /// <summary>The keys the reference scorer matches this item by (<see cref="NameKeys.ScorerKeys"/>).</summary>
    public IEnumerable<string> ScorerKeys => NameKeys.ScorerKeys(Name, Acronym);

    public IEnumerable<string> Forms => Acronym is null ? [Name] : [Name, Acronym];
}
