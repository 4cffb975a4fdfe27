using HlsdExtract.Common;
using HlsdExtract.Scoring;
using HlsdExtract.Tests.Support;
using HlsdExtract.Training;

namespace HlsdExtract.Tests.Learn;

/// <summary>The shipped models are what <c>hlsd train</c> makes from the bundled corpus, byte for byte, every time.</summary>
public sealed class ModelTrainingTests
{
    [Fact]
    public void TrainingOnTheBundledCorpusReproducesTheShippedModelsByteForByte()
    {
        var folder = Directory.CreateTempSubdirectory("hlsd-train-");
        try
        {
            ModelTraining.Run(TestData.PathOf("corpus"), Path.Combine(folder.FullName, "models"), Path.Combine(folder.FullName, "mentions"));
            foreach (var file in new[] { ModelStore.EntityTaggerFile, ModelStore.BoilerplateFile, ModelStore.TopicsFile })
            {
                using var shipped = DataFiles.TryOpen("models/" + file) ?? throw new FileNotFoundException(file);
                using var copy = new MemoryStream();
                shipped.CopyTo(copy);
                Assert.True(copy.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder.FullName, "models", file))), $"{file} differs from what hlsd train writes: retrain and commit it");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
