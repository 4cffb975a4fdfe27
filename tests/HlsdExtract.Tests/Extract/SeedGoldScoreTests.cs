using System.Text.Json;
using Xunit.Abstractions;
using HlsdExtract.Model;
using HlsdExtract.Tests.Support;

namespace HlsdExtract.Tests.Extract;

/// <summary>Scores the seed readout's extraction against its hand-made gold and asserts the issue's floors.</summary>
public sealed class SeedGoldScoreTests(ITestOutputHelper output)
{
    private static readonly Document Doc = TestData.Run(TestData.Seed);
    private static readonly JsonElement Gold = TestData.Gold(TestData.SeedGold);

    private static (decimal, string) Key(decimal value, string unit) => (value / 1.0000000000m, unit);

    private static List<JsonElement> GoldQuantities(bool optional) =>
        Gold.GetProperty("quantities").EnumerateArray().Where(q => q.TryGetProperty("optional", out var o) && o.GetBoolean() == optional || (!optional && !q.TryGetProperty("optional", out _))).ToList();

    /// <summary>Pairs each required gold quantity with one extracted quantity of the same (value, unit).</summary>
    private static List<(JsonElement Gold, QuantityMention Ours)> MatchQuantities()
    {
        var pool = Doc.Quantities.ToList();
        var pairs = new List<(JsonElement, QuantityMention)>();
        foreach (var g in GoldQuantities(optional: false))
        {
            var key = Key(g.GetProperty("value").GetDecimal(), g.GetProperty("unit").GetString()!);
            var hit = pool.FirstOrDefault(q => Key(q.Value, q.Unit) == key);
            if (hit is not null)
            {
                pool.Remove(hit);
                pairs.Add((g, hit));
            }
        }

        return pairs;
    }

    [Fact]
    public void QuantitiesMatchTheGoldOnValueAndUnitWithRightQualifiersAndItems()
    {
        var pairs = MatchQuantities();
        var optionalKeys = GoldQuantities(optional: true).Select(g => Key(g.GetProperty("value").GetDecimal(), g.GetProperty("unit").GetString()!)).ToList();
        var unmatched = Doc.Quantities.Except(pairs.Select(p => p.Ours)).Count(q => !optionalKeys.Remove(Key(q.Value, q.Unit)));
        var precision = pairs.Count / (double)(pairs.Count + unmatched);
        var recall = pairs.Count / (double)GoldQuantities(optional: false).Count;
        var qualifiers = pairs.Count(p => p.Ours.Qualifier == p.Gold.GetProperty("qualifier").GetString()) / (double)pairs.Count;
        var items = pairs.Count(p => p.Gold.GetProperty("item").GetString() is not { } gi
            || (p.Ours.Item ?? "").Contains(gi, StringComparison.OrdinalIgnoreCase)) / (double)pairs.Count;
        output.WriteLine($"quantities P={precision:F3} R={recall:F3} F1={2 * precision * recall / (precision + recall):F3} qualifiers={qualifiers:F3} items={items:F3}");
        Assert.True(precision >= 0.97, $"precision {precision}");
        Assert.True(recall >= 0.97, $"recall {recall}");
        Assert.True(qualifiers >= 0.95, $"qualifiers {qualifiers}");
        Assert.True(items >= 0.90, $"items {items}");
    }

    [Fact]
    public void DatesMatchTheGoldOnNormalizedValue()
    {
        var gold = Gold.GetProperty("dates").EnumerateArray().ToList();
        var required = gold.Where(d => !d.TryGetProperty("optional", out _)).Select(d => d.GetProperty("normalized").GetString()!).ToList();
        var optional = gold.Where(d => d.TryGetProperty("optional", out _)).Select(d => d.GetProperty("normalized").GetString()!).ToList();
        var ours = Doc.Dates.Select(d => d.Normalized).ToList();
        var matched = 0;
        var extra = 0;
        var pool = required.ToList();
        foreach (var d in ours)
        {
            if (pool.Remove(d))
            {
                matched++;
            }
            else if (!optional.Remove(d))
            {
                extra++;
            }
        }

        var precision = matched / (double)(matched + extra);
        var recall = matched / (double)required.Count;
        output.WriteLine($"dates P={precision:F3} R={recall:F3} F1={2 * precision * recall / (precision + recall):F3}");
        Assert.True(precision >= 0.95 && recall >= 0.95, $"P {precision} R {recall}; missing {string.Join(", ", pool)}");
    }

    [Fact]
    public void EveryRequiredAgencyIsFoundWithHighPrecision()
    {
        var ours = GoldNames.Keys(Doc, "agency");
        var gold = Gold.GetProperty("agencies").EnumerateArray().ToList();
        var missing = gold.Where(GoldNames.Required).Where(a => !GoldNames.KeysOf(a).Any(ours.Contains)).Select(a => a.GetProperty("name").GetString()).ToList();
        var goldKeys = gold.SelectMany(GoldNames.KeysOf).ToHashSet();
        var distinct = Doc.Entities.Where(e => e.Type == EntityKind.Agency).GroupBy(e => GoldNames.Key(e.Canonical)).ToList();
        var correct = distinct.Count(g => goldKeys.Contains(g.Key) || g.Any(e => e.Acronym is { } a && goldKeys.Contains(GoldNames.Key(a))));
        var precision = correct / (double)distinct.Count;
        output.WriteLine($"agencies: {gold.Count(GoldNames.Required) - missing.Count}/{gold.Count(GoldNames.Required)} required found, P={precision:F3}");
        Assert.Empty(missing);
        Assert.True(precision >= 0.95, $"precision {precision}");
    }

    [Fact]
    public void AllTenOperationsAreFoundAndNoOther()
    {
        var expected = Gold.GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).Order().ToList();
        var ours = Doc.Entities.Where(e => e.Type == EntityKind.Operation).Select(e => e.Canonical).Distinct().Order().ToList();
        Assert.Equal(expected, ours);
    }

    [Fact]
    public void AtLeastElevenOfTwelvePeopleAreFound()
    {
        var ours = GoldNames.Keys(Doc, "person");
        var found = Gold.GetProperty("people").EnumerateArray().Count(p => ours.Contains(GoldNames.Key(p.GetProperty("name").GetString()!)));
        output.WriteLine($"people: {found}/12");
        Assert.True(found >= 11, $"{found} people");
        Assert.Equal("Secretary of State", Doc.Entities.First(e => e.Canonical == "Antony Blinken").Title);
    }

    [Fact]
    public void ProgramRecallIsAtLeastEightyFivePercent()
    {
        var ours = GoldNames.Keys(Doc, "program");
        var required = Gold.GetProperty("programs").EnumerateArray().Where(GoldNames.Required).ToList();
        var found = required.Count(p => ours.Contains(GoldNames.Key(p.GetProperty("name").GetString()!)));
        output.WriteLine($"programs: {found}/{required.Count}");
        Assert.True(found / (double)required.Count >= 0.85, $"{found}/{required.Count}");
    }

    [Fact]
    public void FiguresCarryTheirOperationAndBulletsWithoutOneGetNone()
    {
        var pairs = MatchQuantities();
        var linked = pairs.Where(p => p.Gold.GetProperty("operation").GetString() is not null).ToList();
        var right = linked.Count(p => p.Ours.Operation == p.Gold.GetProperty("operation").GetString());
        output.WriteLine($"operation links: {right}/{linked.Count}");
        Assert.True(linked.Count >= 40);
        Assert.True(right >= 0.95 * linked.Count, $"{right}/{linked.Count}");

        var blocksWithOperation = Doc.Entities.Where(e => e.Type == EntityKind.Operation).Select(e => e.BlockId).ToHashSet();
        Assert.All(Doc.Quantities.Where(q => !blocksWithOperation.Contains(q.BlockId)), q => Assert.Null(q.Operation));
    }

    [Fact]
    public void TheArmsBulletSplitsWithoutATraceFromDesertLightning()
    {
        var wat = Doc.Quantities.Single(q => q.Value == 803m);
        var desert = Doc.Quantities.Single(q => q.Value == 1268m);
        Assert.Equal("Operation Without a Trace", wat.Operation);
        Assert.Equal("Operation Desert Lightning", desert.Operation);
        Assert.Contains("HSI", Doc.Quantities.Single(q => q.Value == 18200m).Agencies);
        Assert.Equal("2022-10/", Doc.Quantities.Single(q => q.Value == 361m).Period);
    }
}
