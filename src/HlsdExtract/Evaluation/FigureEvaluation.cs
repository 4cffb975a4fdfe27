using HlsdExtract.Model;

namespace HlsdExtract.Evaluation;

/// <summary>Quantities matched to gold by (value, unit) and dates by normalized value, as multisets per document.</summary>
public static class FigureEvaluation
{
    public static Score Quantities(Document doc, GoldDocument gold) =>
        Multiset(doc.Quantities.Select(q => Key(q.Value, q.Unit)), gold.Quantities.Select(q => Key(q.Value, q.Unit)));

    public static Score Dates(Document doc, GoldDocument gold) =>
        Multiset(doc.Dates.Select(d => d.Normalized ?? d.Text), gold.Dates);

    private static string Key(decimal value, string unit) => Util.Numbers.Format(value) + " " + unit;

    private static Score Multiset(IEnumerable<string> predicted, IEnumerable<string> gold)
    {
        var left = gold.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int tp = 0, fp = 0;
        foreach (var p in predicted)
        {
            if (left.TryGetValue(p, out var n) && n > 0)
            {
                left[p] = n - 1;
                tp++;
            }
            else
            {
                fp++;
            }
        }

        return new Score(tp, fp, left.Values.Sum());
    }
}
