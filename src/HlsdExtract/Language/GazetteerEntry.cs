using HlsdExtract.Model;

namespace HlsdExtract.Language;

/// <summary>One named thing from a word list: canonical name, acronym, country (agencies), kind.</summary>
public sealed record GazetteerEntry(EntityKind Type, string Canonical, string? Acronym, string? Country, string? Parent);
