using System.Runtime.CompilerServices;

namespace HlsdExtract.Cli;

/// <summary>
/// Training and evaluation run ML.NET, which generates code at run time: a Native AOT build of
/// <c>hlsd</c> carries neither and says so (the check is a constant there, so the compiler leaves
/// ML.NET out of the binary); the JIT build (<c>dotnet run</c>, <c>dotnet hlsd.dll</c>) runs them.
/// </summary>
internal static class NeedsJit
{
    /// <summary>Callers test <see cref="RuntimeFeature.IsDynamicCodeSupported"/> themselves, so the branch that runs ML.NET is removed from the AOT binary.</summary>
    public static int Refuse(string verb)
    {
        Console.Error.WriteLine($"error: hlsd {verb} uses ML.NET, which this Native AOT build leaves out; run it from the JIT build: dotnet run --project src/HlsdExtract.Cli -c Release -- {verb} ...");
        return 1;
    }
}
