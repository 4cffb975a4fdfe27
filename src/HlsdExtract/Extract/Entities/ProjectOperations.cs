using System.Text.RegularExpressions;
using HlsdExtract.Model;

namespace HlsdExtract.Extract.Entities;

/// <summary>
/// "Project Coronado, a 44-month operation": a "Project X" the text itself calls an operation or
/// investigation (in an appositive, or as "the Project X investigation") is an operation, and so
/// is every other mention of it in the document. A "Project X" never so called stays a program.
/// </summary>
internal static partial class ProjectOperations
{
    private const string Name = @"(?<name>Project(?: [A-Z][\p{L}\p{N}'-]*){1,4})";
    private const string Kind = @"(?:operation|investigation|takedown|crackdown|sweep|enforcement action|enforcement operation)\b";

    [GeneratedRegex(@"\b" + Name + @"(?:, (?:a|an|the) (?:[\p{L}\p{N}-]+ ){0,4}" + Kind + @"| " + Kind + ")", RegexOptions.None, 1000)]
    private static partial Regex Called();

    /// <summary>The names of the "Project X" the document calls operations.</summary>
    public static HashSet<string> Names(Document doc)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (doc.Text.Contains("Project ", StringComparison.Ordinal))
        {
            foreach (Match m in Called().Matches(doc.Text))
            {
                names.Add(m.Groups["name"].Value);
            }
        }

        return names;
    }

    /// <summary>Every mention of the named projects in the block, as operations.</summary>
    public static void Find(Document doc, Block block, string text, HashSet<string> names, List<EntityMention> found)
    {
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
                {
                    continue;
                }

                var span = new TextSpan(block.Span.Start + at, block.Span.Start + end);
                found.Add(EntityFactory.Make(doc, EntityKind.Operation, span, name));
            }
        }
    }
}
