using System.Text.Json;
using HlsdExtract.Model;

namespace HlsdExtract.Gold;

/// <summary>
/// Finds every <c>*.gold.json</c> under a folder and the text each annotates (its "file", beside
/// the gold file or in the mirror folder without the <c>gold</c> segment: <c>corpus/gold/excerpts/x.gold.json</c>
/// annotates <c>corpus/excerpts/x.txt</c>).
/// </summary>
public static class GoldCorpus
{
    public static List<GoldDocument> Load(string folder)
    {
        var root = Path.GetFullPath(folder);
        var docs = new List<GoldDocument>();
        foreach (var gold in Directory.GetFiles(root, "*.gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(gold));
            var file = json.RootElement.TryGetProperty("file", out var f) ? f.GetString() : null;
            var text = file is null ? null : Candidates(root, gold, file).FirstOrDefault(File.Exists);
            if (text is not null)
            {
                docs.Add(Read(json.RootElement, Path.GetFileNameWithoutExtension(file!), text));
            }
        }

        return docs;
    }

    private static IEnumerable<string> Candidates(string root, string gold, string file)
    {
        var dir = Path.GetDirectoryName(gold)!;
        yield return Path.Combine(dir, file);
        var relative = Path.GetRelativePath(root, dir).Split(Path.DirectorySeparatorChar).Where(p => p != "gold" && p != ".");
        yield return Path.Combine([root, .. relative, file]);
        yield return Path.Combine([Path.GetDirectoryName(root)!, .. relative, file]);
    }

    public static GoldDocument Read(JsonElement root, string id, string textPath)
    {
        var names = new List<GoldName>();
        foreach (var (key, type) in EntityKind.All.Select(k => (k.GoldList, k)))
        {
            foreach (var item in Array(root, key))
            {
                names.Add(item.ValueKind == JsonValueKind.String
                    ? new GoldName(type, item.GetString()!, null, true)
                    : new GoldName(type, item.GetProperty("name").GetString()!, Str(item, "acronym"), !item.TryGetProperty("required", out var r) || r.GetBoolean()));
            }
        }

        return new GoldDocument
        {
            Id = id,
            TextPath = textPath,
            Names = names,
            Boilerplate = Array(root, "boilerplate").Select(b => b.GetString()!).ToList(),
            Quantities = GoldQuantities(root, optional: false),
            OptionalQuantities = GoldQuantities(root, optional: true),
            Dates = GoldDates(root, optional: false),
            OptionalDates = GoldDates(root, optional: true),
            DocumentDate = Str(root, "documentDate"),
        };
    }

    private static List<(decimal, string)> GoldQuantities(JsonElement root, bool optional) =>
        Array(root, "quantities").Where(q => IsOptional(q) == optional && q.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number)
            .Select(q => (q.GetProperty("value").GetDecimal(), Str(q, "unit") ?? "count")).ToList();

    private static List<string> GoldDates(JsonElement root, bool optional) =>
        Array(root, "dates").Where(d => IsOptional(d) == optional).Select(d => Str(d, "normalized")).Where(d => d is not null).Select(d => d!).ToList();

    private static bool IsOptional(JsonElement e) => e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
