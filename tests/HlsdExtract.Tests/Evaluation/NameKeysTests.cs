using HlsdExtract.Gold;

namespace HlsdExtract.Tests.Evaluation;

/// <summary>The scorer's name keys fold accents as tools/score.py does (NFKD, marks dropped), in the invariant globalization mode the build runs in.</summary>
public sealed class NameKeysTests
{
    [Theory]
    [InlineData("Mariana Núñez Ibáñez", "mariana nunez ibanez")]
    [InlineData("Çelik Ğüneş", "celik gunes")]
    [InlineData("Sec. Zoë d\u0301Arc", "sec zoe darc")]
    [InlineData("Søren Ølholm", "s ren lholm")]
    public void TheScorerKeyFoldsAccentsLikeTheReferenceScorer(string name, string key)
    {
        Assert.Equal(key, NameKeys.ScorerKey(name));
    }

    [Fact]
    public void ANameWrittenWithAndWithoutAccentsIsTheSameName()
    {
        Assert.True(NameKeys.Close(NameKeys.ScorerKey("Andrés Iván Peña Gómez"), NameKeys.ScorerKey("Andres Ivan Pena Gomez")));
    }
}
