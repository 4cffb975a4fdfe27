using HlsdExtract.Contracts;
using HlsdExtract.Language;
using HlsdExtract.Model;

namespace HlsdExtract.Segment;

/// <summary>The tokens stage: the whole text tokenized once by <see cref="WordTokenizer"/>, for every extractor.</summary>
public sealed class Tokenizer : IDocumentStage
{
    public string Name => "tokens";

    public Document Process(Document document, StageContext context) =>
        document with { Tokens = WordTokenizer.Tokenize(document.Text, new TextSpan(0, document.Text.Length)) };
}
