using System.Collections.Frozen;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// Capitalized phrases shaped like names that name nothing: a kind of agreement named by its kind ("a Memorandum
/// of Understanding between ...", <c>generic-instruments.txt</c>) and a nationality with a body's head word alone
/// ("the Mexican Ministry", <c>demonyms.txt</c>).
/// </summary>
internal static class GenericNames
{
    private static readonly FrozenSet<string> Instruments = Load("generic-instruments.txt");
    private static readonly FrozenSet<string> Demonyms = Load("demonyms.txt");

    public static bool IsGeneric(string name, EntityKind kind) =>
        kind == EntityKind.Program ? Instruments.Contains(name)
        : kind == EntityKind.Agency && name.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && name.IndexOf(' ', space + 1) < 0 && Demonyms.Contains(name[..space]);

    private static FrozenSet<string> Load(string file) =>
        LanguageData.All.SelectMany(l => l.Table(file)).Select(r => r[0].Trim()).ToFrozenSet(StringComparer.Ordinal);
}
