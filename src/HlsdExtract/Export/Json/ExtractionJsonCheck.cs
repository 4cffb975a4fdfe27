using System.Text.Json;

namespace HlsdExtract.Export.Json;

/// <summary>
/// Whether a JSON is an extraction <c>hlsd extract</c> wrote (output contract, schema version
/// <see cref="DocumentJsonWriter.SchemaVersion"/>): the fields a reader relies on are there with
/// their types. <see cref="Problem"/> names the first one that is not, so a reader refuses with a reason.
/// </summary>
public static class ExtractionJsonCheck
{
    /// <summary>Null when <paramref name="root"/> is an extraction; else what is wrong with it.</summary>
    public static string? Problem(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"the top level is a{(root.ValueKind == JsonValueKind.Array ? "n array" : " " + root.ValueKind.ToString().ToLowerInvariant())}, not an object";
        }

        if (!root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.String)
        {
            return "no schemaVersion string";
        }

        if (version.GetString() != DocumentJsonWriter.SchemaVersion)
        {
            return $"schemaVersion {version.GetString()} (this hlsd reads {DocumentJsonWriter.SchemaVersion})";
        }

        return Field(root, "docId", JsonValueKind.String)
            ?? Field(root, "source", JsonValueKind.Object)
            ?? Field(root.GetProperty("source"), "path", JsonValueKind.String, "source.")
            ?? Field(root, "text", JsonValueKind.String)
            ?? Items(root, "sections", s => Field(s, "blocks", JsonValueKind.Array, "a section's ") ?? Items(s, "blocks", b => Field(b, "id", JsonValueKind.String, "a block's ")))
            ?? Items(root, "entities", e => Field(e, "type", JsonValueKind.String, "an entity's ") ?? Field(e, "text", JsonValueKind.String, "an entity's "))
            ?? Items(root, "quantities", q => Field(q, "value", JsonValueKind.Number, "a quantity's ") ?? Field(q, "text", JsonValueKind.String, "a quantity's "));
    }

    private static string? Field(JsonElement e, string name, JsonValueKind kind, string owner = "")
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return $"no {owner}{name}";
        }

        return v.ValueKind == kind ? null : $"{owner}{name} is {v.ValueKind.ToString().ToLowerInvariant()}, not {kind.ToString().ToLowerInvariant()}";
    }

    private static string? Items(JsonElement e, string name, Func<JsonElement, string?> check)
    {
        if (Field(e, name, JsonValueKind.Array) is { } problem)
        {
            return problem;
        }

        foreach (var item in e.GetProperty(name).EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return $"an item of {name} is not an object";
            }

            if (check(item) is { } itemProblem)
            {
                return itemProblem;
            }
        }

        return null;
    }
}
