using System.Text;
using HlsdExtract.Cli;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Cli;

/// <summary>
/// What the real <c>hlsd</c> prints and returns: usage errors before any work, one line per input or
/// output problem, the failure count even with --quiet, skips counted by reason, every input file
/// read (symbolic links too, nothing twice) and no output folder read back.
/// </summary>
[Collection("cli")]
public sealed class CliContractTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("hlsd-contract").FullName;

    [Fact]
    public void AnUnknownOptionIsAUsageErrorBeforeAnyWork()
    {
        var output = Path.Combine(TempDir(), "out");

        var (exit, _, stderr) = HlsdProcess.Run(null, "extract", TestData.PathOf(TestData.Seed), "--bogus", "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains("unknown option --bogus", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void AFileNamedWithAnAtSignIsAnInputNotAResponseFile()
    {
        var dir = TempDir();
        File.Copy(TestData.PathOf(TestData.Seed), Path.Combine(dir, "@a.txt"));

        var (exit, _, stderr) = HlsdProcess.Run(dir, "extract", "@a.txt", "-o", "out", "--quiet");

        Assert.True(exit == 0, stderr);
        Assert.Equal("@a.txt", Assert.Single(CsvFile.Read(Path.Combine(dir, "out", "documents.csv")))["source_path"]);
    }

    [Fact]
    public void AnOutputThatNamesAFileIsOneLineAndExitTwo()
    {
        var file = Path.Combine(TempDir(), "not-a-folder");
        File.WriteAllText(file, "x");

        var (exit, stdout, stderr) = HlsdProcess.Run(null, "extract", TestData.PathOf(TestData.Seed), "-o", file);

        Assert.Equal(2, exit);
        Assert.Equal($"error: --output {file} is a file; name a folder", stderr.Trim());
        Assert.Empty(stdout);
    }

    [Fact]
    public void QuietStillPrintsTheFailureCountAndSkipsAreCountedByReason()
    {
        var input = Path.Combine(TempDir(), "in");
        Directory.CreateDirectory(input);
        File.Copy(TestData.PathOf(TestData.Seed), Path.Combine(input, "seed.txt"));
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(input, "notes.docx"), [1, 2, 3]);
        var output = Path.Combine(TempDir(), "out");

        var quiet = HlsdProcess.Run(null, "extract", input, "-o", output, "--quiet");
        Assert.Equal(2, quiet.Exit);
        Assert.Empty(quiet.Stdout);
        Assert.Equal($"1 failed: see {Path.Combine(output, "errors.csv")}", quiet.Stderr.Trim());

        Assert.Equal(0, CliApp.Run(["diff", TestData.PathOf(TestData.Seed), TestData.PathOf(TestData.Fixture), "-o", Path.Combine(input, "reports"), "--quiet"]));
        var loud = HlsdProcess.Run(null, "extract", input, "-o", output);
        Assert.Contains("1 failed, 2 skipped (1 unsupported, 1 in an hlsd output folder)", loud.Stdout, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(output, "*.json"));
    }

    [Fact]
    public void SymbolicLinksToFilesAreInputsAndALoopIsWalkedOnce()
    {
        var root = TempDir();
        var input = Directory.CreateDirectory(Path.Combine(root, "in")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;
        File.Copy(TestData.PathOf(TestData.Seed), Path.Combine(elsewhere, "seed.txt"));
        File.Copy(TestData.PathOf(TestData.Fixture), Path.Combine(input, "fixture.txt"));
        File.CreateSymbolicLink(Path.Combine(input, "linked-seed.txt"), Path.Combine(elsewhere, "seed.txt"));
        Directory.CreateSymbolicLink(Path.Combine(input, "loop"), input);
        var output = Path.Combine(root, "out");

        Assert.Equal(0, CliApp.Run(["extract", input, "-o", output, "--quiet"]));

        var sources = CsvFile.Read(Path.Combine(output, "documents.csv")).Select(d => Path.GetFileName(d["source_path"])).Order(StringComparer.Ordinal);
        Assert.Equal(["fixture.txt", "linked-seed.txt"], sources);
    }

    [Fact]
    public void CsvTablesStartWithAByteOrderMarkSoExcelReadsAccentsAsUtf8()
    {
        var output = Path.Combine(TempDir(), "out");
        var spanish = TestData.Excerpts().First(p => TestData.ReadText(p).Contains('ó'));

        Assert.Equal(0, CliApp.Run(["extract", TestData.PathOf(spanish), "-o", output, "--quiet"]));

        var bytes = File.ReadAllBytes(Path.Combine(output, "blocks.csv"));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Contains('ó', Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"1\", \"docId\": 7, \"source\": {\"path\": \"a.txt\"}, \"text\": \"\", \"sections\": [], \"entities\": [], \"quantities\": []}", "docId is number, not string")]
    [InlineData("{\"schemaVersion\": \"9\", \"docId\": \"a\", \"quantities\": []}", "schemaVersion 9")]
    [InlineData("{\"schemaVersion\": \"1\", \"docId\": \"a\", \"source\": {\"path\": \"a.txt\"}, \"text\": \"\", \"sections\": [], \"entities\": [], \"quantities\": [{\"text\": \"5 kg\", \"value\": \"five\"}]}", "a quantity's value is string, not number")]
    public void DiffRefusesAJsonThatIsNotAnExtractionWithExitTwoAndTheReason(string json, string reason)
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "older.json"), json);

        var (exit, stdout, stderr) = HlsdProcess.Run(null, "diff", Path.Combine(dir, "older.json"), TestData.PathOf(TestData.Fixture), "-o", Path.Combine(dir, "out"));

        Assert.Equal(2, exit);
        Assert.Contains(reason, stdout + stderr, StringComparison.Ordinal);
    }
}
