using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using HlsdExtract.Scoring;

namespace HlsdExtract.Training;

/// <summary>
/// Trains a <see cref="LinearModel"/> with ML.NET's SDCA maximum entropy trainer on one thread
/// with a fixed seed (the same examples give the same weights), then keeps the learned weights
/// (those above a small magnitude) so scoring needs no ML.NET at run time.
/// </summary>
public static class LinearModelTrainer
{
    private const float Prune = 1e-3f;

    public static LinearModel Train(IReadOnlyList<TrainingExample> examples, float l1 = 0f, float l2 = 1e-3f, int iterations = 30)
    {
        if (examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new ArgumentException("Training needs examples of at least two classes.");
        }

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, FeatureHasher.Size);
        var raw = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Label = e.Label, Features = Sparse(e.Features) }), schema);
        var data = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue).Fit(raw).Transform(raw);
        VBuffer<ReadOnlyMemory<char>> keyValues = default;
        data.Schema["Label"].GetKeyValues(ref keyValues);
        var classes = keyValues.DenseValues().Select(v => v.ToString()).ToList();
        var trainer = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            L1Regularization = l1,
            L2Regularization = l2,
            MaximumNumberOfIterations = iterations,
            NumberOfThreads = 1,
            Shuffle = true,
        });
        var parameters = trainer.Fit(ml.Data.Cache(data)).Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var numberOfClasses);
        var biases = parameters.GetBiases().ToArray();
        var features = new Dictionary<int, float[]>();
        for (var c = 0; c < numberOfClasses; c++)
        {
            foreach (var (feature, w) in weights[c].Items())
            {
                if (Math.Abs(w) > Prune)
                {
                    if (!features.TryGetValue(feature, out var row))
                    {
                        features[feature] = row = new float[numberOfClasses];
                    }

                    row[c] = w;
                }
            }
        }

        return new LinearModel(classes, biases, features);
    }

    private static VBuffer<float> Sparse(int[] features)
    {
        var indices = features.Distinct().Order().ToArray();
        return new VBuffer<float>(FeatureHasher.Size, indices.Length, Enumerable.Repeat(1f, indices.Length).ToArray(), indices);
    }

    private sealed class Row
    {
        public string Label { get; set; } = "";

        public VBuffer<float> Features { get; set; }
    }
}
