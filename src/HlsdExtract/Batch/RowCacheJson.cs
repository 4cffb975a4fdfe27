using System.Text.Json.Serialization;
using HlsdExtract.Export.Tables;

namespace HlsdExtract.Batch;

/// <summary>
/// The row cache's JSON, generated at compile time (no reflection, so the native build can read and
/// write it); a damaged file fails to load instead of giving rows with holes.
/// </summary>
[JsonSourceGenerationOptions(
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(DocumentTables))]
internal sealed partial class RowCacheJson : JsonSerializerContext;
