namespace HlsdExtract.Diff;

/// <summary>How two counted items compare, closest first.</summary>
public enum ItemMatch
{
    /// <summary>Neither figure names an item (money, percentages): only their context can pair them.</summary>
    BothEmpty,

    /// <summary>The same words up to case, plurals, determiners and a leading measure.</summary>
    Exact,

    /// <summary>The same head noun; one side adds modifiers ("threatened individuals" / "individuals").</summary>
    Extends,

    /// <summary>The same head noun with modifiers each side lacks ("deadly doses" / "liquid doses").</summary>
    SameHead,

    /// <summary>Two counts of people under different nouns ("forensic experts" / "officials").</summary>
    People,

    /// <summary>Different things, or only one side names an item.</summary>
    None,
}
