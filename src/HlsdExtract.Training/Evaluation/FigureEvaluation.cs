using HlsdExtract.Gold;
using HlsdExtract.Model;

namespace HlsdExtract.Evaluation;

/// <summary>
/// Quantities matched to gold by (value, unit) and dates by normalized value, as multisets per document, as the
/// reference scorer does: required gold first; a figure matching an optional gold one is neither right nor wrong.
/// </summary>
public static class FigureEvaluation
{
    public static Score Quantities(Document doc, GoldDocument gold) =>
        Multiset(doc.Quantities.Select(q => Key(q.Value, q.Unit)), gold.Quantities.Select(q => Key(q.Value, q.Unit)),
            gold.OptionalQuantities.Select(q => Key(q.Value, q.Unit)));

    public static Score Dates(Document doc, GoldDocument gold) =>
        Multiset(doc.Dates.Select(d => d.Normalized ?? d.Text), gold.Dates, gold.OptionalDates);

    private static string Key(decimal value, string unit) => Common.Numbers.Format(value) + " " + unit;

    private static Score Multiset(IEnumerable<string> predicted, IEnumerable<string> gold, IEnumerable<string> optional)
    {
        var left = Counts(gold);
        var optionalLeft = Counts(optional);
        int tp = 0, fp = 0;
        foreach (var p in predicted)
        {
            if (Take(left, p))
            {
                tp++;
            }
            else if (!Take(optionalLeft, p))
            {
                fp++;
            }
        }

        return new Score(tp, fp, left.Values.Sum());
    }

    private static Dictionary<string, int> Counts(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static bool Take(Dictionary<string, int> left, string key)
    {
        if (!left.TryGetValue(key, out var n) || n == 0)
        {
            return false;
        }

        left[key] = n - 1;
        return true;
    }
}
