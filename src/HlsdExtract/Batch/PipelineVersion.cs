using System.Reflection;
using System.Security.Cryptography;

namespace HlsdExtract.Batch;

/// <summary>
/// The library's version plus a hash of its code and every embedded data file and model: change
/// the code, a word list or a model and every input is extracted again.
/// </summary>
public static class PipelineVersion
{
    private static readonly Lazy<string> Value = new(Compute);

    public static string Current => Value.Value;

    private static string Compute()
    {
        var assembly = typeof(PipelineVersion).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        // Deterministic builds give the same module id for the same code, a new one for any change.
        hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            var buffer = new byte[stream.Length];
            stream.ReadExactly(buffer);
            hash.AppendData(buffer);
        }

        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        return version.Split('+')[0] + "+" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
