namespace HlsdExtract.Extract.Entities;

/// <summary>
/// The name a capitalized run holds (<see cref="ChunkNames.Cut"/>): its offset in the run and its text, the parent
/// that prefixes a unit's canonical name (or null), and the possessor before it when that may be a name of its own
/// ("the Marshals Service's ..."): its offset and text (or null).
/// </summary>
internal readonly record struct ChunkCut(int Offset, string Name, string? Parent, int OwnerOffset, string? Owner);
