using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HlsdExtract.Scoring;

/// <summary>
/// A multiclass linear (maximum entropy) model scored from its learned weights directly: the
/// weights ML.NET trained, kept only for features that have one, so scoring a token is a few
/// dictionary lookups and additions. Immutable and thread-safe once loaded.
/// </summary>
public sealed class LinearModel
{
    private const int Magic = 0x484C4D31;
    private readonly int[] rows;
    private readonly float[] weights;
    private readonly float[] biases;
    private readonly int stride;

    public LinearModel(IReadOnlyList<string> classes, float[] biases, Dictionary<int, float[]> featureWeights)
    {
        Classes = classes;
        this.biases = biases;
        rows = new int[FeatureHasher.Size];
        Array.Fill(rows, -1);
        stride = (classes.Count + System.Numerics.Vector<float>.Count - 1) / System.Numerics.Vector<float>.Count * System.Numerics.Vector<float>.Count;
        weights = new float[featureWeights.Count * stride];
        FeatureCount = featureWeights.Count;
        var r = 0;
        foreach (var (feature, w) in featureWeights.OrderBy(p => p.Key))
        {
            rows[feature] = r * stride;
            w.CopyTo(weights, r * stride);
            r++;
        }
    }

    public IReadOnlyList<string> Classes { get; }

    public int FeatureCount { get; }

    /// <summary>The index of class <paramref name="label"/>, or -1 when the model has no such class.</summary>
    public int IndexOf(string label)
    {
        for (var c = 0; c < Classes.Count; c++)
        {
            if (Classes[c] == label)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The index of the largest probability (the first on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> probabilities)
    {
        var best = 0;
        for (var c = 1; c < probabilities.Length; c++)
        {
            if (probabilities[c] > probabilities[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Class probabilities (softmax of the linear scores) for one example's active features.</summary>
    public void Probabilities(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        var n = Classes.Count;
        Span<float> scores = stackalloc float[stride];
        biases.CopyTo(scores);
        if (stride == 2 * Vector256<float>.Count && Vector256.IsHardwareAccelerated)
        {
            AddRowsInRegisters(features, scores);
        }
        else
        {
            AddRows(features, scores);
        }

        scores[..n].CopyTo(probabilities);

        var max = float.NegativeInfinity;
        foreach (var p in probabilities)
        {
            max = Math.Max(max, p);
        }

        var sum = 0f;
        for (var c = 0; c < n; c++)
        {
            probabilities[c] = MathF.Exp(probabilities[c] - max);
            sum += probabilities[c];
        }

        for (var c = 0; c < n; c++)
        {
            probabilities[c] /= sum;
        }
    }

    /// <summary>Adds each active feature's weight row to the scores, one vector at a time.</summary>
    private void AddRows(ReadOnlySpan<int> features, Span<float> scores)
    {
        var width = System.Numerics.Vector<float>.Count;
        foreach (var f in features)
        {
            var row = rows[f];
            if (row >= 0)
            {
                for (var c = 0; c < stride; c += width)
                {
                    var added = new System.Numerics.Vector<float>(scores[c..]) + new System.Numerics.Vector<float>(weights, row + c);
                    added.CopyTo(scores[c..]);
                }
            }
        }
    }

    /// <summary>
    /// <see cref="AddRows"/> for rows of two 256-bit vectors (up to 16 classes), summed in registers so the
    /// rows' loads overlap instead of waiting on each other through memory; the same additions in the
    /// same order, so the same bits.
    /// </summary>
    private void AddRowsInRegisters(ReadOnlySpan<int> features, Span<float> scores)
    {
        var width = Vector256<float>.Count;
        ref var start = ref MemoryMarshal.GetArrayDataReference(weights);
        var low = Vector256.Create<float>(scores[..width]);
        var high = Vector256.Create<float>(scores[width..]);
        foreach (var f in features)
        {
            var row = rows[f];
            if (row >= 0)
            {
                low += Vector256.LoadUnsafe(ref start, (nuint)row);
                high += Vector256.LoadUnsafe(ref start, (nuint)(row + width));
            }
        }

        low.CopyTo(scores);
        high.CopyTo(scores[width..]);
    }

    public void Save(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(zip);
        w.Write(Magic);
        w.Write(Classes.Count);
        foreach (var c in Classes)
        {
            w.Write(c);
        }

        foreach (var b in biases)
        {
            w.Write(b);
        }

        w.Write(FeatureCount);
        for (var feature = 0; feature < rows.Length; feature++)
        {
            var row = rows[feature];
            if (row < 0)
            {
                continue;
            }

            w.Write(feature);
            for (var c = 0; c < Classes.Count; c++)
            {
                w.Write(weights[row + c]);
            }
        }
    }

    public static LinearModel Load(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(zip);
        if (r.ReadInt32() != Magic)
        {
            throw new InvalidDataException("not a linear model file");
        }

        var classes = new string[r.ReadInt32()];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = r.ReadString();
        }

        var biases = new float[classes.Length];
        for (var c = 0; c < classes.Length; c++)
        {
            biases[c] = r.ReadSingle();
        }

        var count = r.ReadInt32();
        var features = new Dictionary<int, float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var feature = r.ReadInt32();
            var w = new float[classes.Length];
            for (var c = 0; c < w.Length; c++)
            {
                w[c] = r.ReadSingle();
            }

            features[feature] = w;
        }

        return new LinearModel(classes, biases, features);
    }
}
