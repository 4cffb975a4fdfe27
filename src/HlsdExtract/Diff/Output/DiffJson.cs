using System.Text.Encodings.Web;
using System.Text.Json;
using HlsdExtract.Common;

namespace HlsdExtract.Diff.Output;

/// <summary><c>diff.json</c>: the report for programs, one object per pair, in the order the other outputs use.</summary>
public static class DiffJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(IReadOnlyList<DiffReport> reports)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("pairs");
            foreach (var r in reports)
            {
                Pair(w, r);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Pair(Utf8JsonWriter w, DiffReport r)
    {
        w.WriteStartObject();
        w.WriteString("older", r.Older.Name);
        w.WriteString("newer", r.Newer.Name);
        w.WriteStartObject("meetingDates");
        w.WriteString("older", r.Older.MeetingDate);
        w.WriteString("newer", r.Newer.MeetingDate);
        w.WriteEndObject();
        foreach (var change in r.NameChanges)
        {
            Strings(w, change.Key, change.Names);
        }

        w.WriteStartArray("headingsRenamed");
        foreach (var h in r.HeadingsRenamed)
        {
            w.WriteStartObject();
            w.WriteString("older", h.Older);
            w.WriteString("newer", h.Newer);
            w.WriteString("topic", h.Topic);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "headingsAdded", r.HeadingsAdded);
        Strings(w, "headingsDropped", r.HeadingsDropped);
        w.WriteStartObject("goalMarkers");
        Strings(w, "older", r.GoalMarkersOlder);
        Strings(w, "newer", r.GoalMarkersNewer);
        w.WriteEndObject();
        foreach (var status in new[] { FactStatus.Changed, FactStatus.Added, FactStatus.Dropped })
        {
            w.WriteStartArray(DiffOrder.Status(status));
            foreach (var f in DiffOrder.Facts(r).Where(f => f.Status == status))
            {
                Fact(w, f);
            }

            w.WriteEndArray();
        }

        w.WriteNumber("unchanged", r.With(FactStatus.Unchanged).Count());
        w.WriteStartArray("possibleMatches");
        foreach (var f in DiffOrder.Facts(r).Where(f => f.Status == FactStatus.Possible))
        {
            Fact(w, f);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Fact(Utf8JsonWriter w, AlignedFact f)
    {
        w.WriteStartObject();
        w.WriteString("operation", f.Operation);
        w.WriteString("topic", f.Topic);
        w.WriteString("item", f.Item);
        w.WriteString("unit", f.Unit);
        Number(w, "older", f.Older?.Value);
        Number(w, "newer", f.Newer?.Value);
        Number(w, "change", f.Change);
        Number(w, "percentChange", f.PercentChange);
        w.WriteString("olderSentence", f.Older?.Sentence);
        w.WriteString("newerSentence", f.Newer?.Sentence);
        w.WriteString("olderBlockId", f.Older?.BlockId);
        w.WriteString("newerBlockId", f.Newer?.BlockId);
        if (f.Score is { } score)
        {
            w.WriteNumber("score", score);
        }

        if (f.Why.Count > 0)
        {
            Strings(w, "why", f.Why);
        }

        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Numbers.Canonical(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
