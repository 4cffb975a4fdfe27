using HlsdExtract.Model;

namespace HlsdExtract.Extract.Learned;

/// <summary>A run of tokens [First, Last] the tagger labelled as one entity of <see cref="Type"/>.</summary>
internal readonly record struct TaggedSpan(EntityKind Type, int First, int Last, double Confidence);
