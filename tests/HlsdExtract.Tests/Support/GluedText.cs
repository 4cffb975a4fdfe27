using FsCheck;
using FsCheck.Fluent;

namespace HlsdExtract.Tests.Support;

/// <summary>Property-test inputs made by gluing fragments chosen at random (words, marks, odd characters) in any order and number.</summary>
internal static class GluedText
{
    public static Gen<string> Gen(IReadOnlyList<string> fragments) =>
        FsCheck.Fluent.Gen.ListOf(FsCheck.Fluent.Gen.Elements(fragments.ToArray())).Select(parts => string.Concat(parts));

    public static Arbitrary<string> Of(IReadOnlyList<string> fragments) => Gen(fragments).ToArbitrary();
}
