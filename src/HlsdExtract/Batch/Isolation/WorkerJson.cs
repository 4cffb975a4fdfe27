using System.Text.Json.Serialization;

namespace HlsdExtract.Batch.Isolation;

/// <summary>The worker frames' JSON, generated at compile time (no reflection: the same bytes under JIT and Native AOT).</summary>
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerReply))]
internal sealed partial class WorkerJson : JsonSerializerContext;
