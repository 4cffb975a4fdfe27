using System.Text.RegularExpressions;

namespace HlsdExtract.Tests.Support;

/// <summary>Checks that an HTML report is one self-contained page: no script, no linked file, no image, no URL but the SVG namespace.</summary>
internal static partial class SelfContainedPage
{
    public static void AssertFetchesNothing(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Urls().Matches(html), m => m.Value != "http://www.w3.org/2000/svg");
    }

    [GeneratedRegex(@"(?:https?:)?//[^\s""'<>)]+")]
    private static partial Regex Urls();
}
