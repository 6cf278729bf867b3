using Voice.Grains.DialPlan;

namespace Voice.Grains.Tests.DialPlan;

public sealed class DialPatternTests
{
    [Theory]
    [InlineData("1XXX", "1234", true)]
    [InlineData("1XXX", "123", false)]
    [InlineData("1XXX", "12345", false)]
    [InlineData("1XXX", "2234", false)]
    [InlineData("x1", "51", true)]
    [InlineData("NXX", "199", false)]
    [InlineData("NXX", "299", true)]
    [InlineData("ZX", "09", false)]
    [InlineData("ZX", "19", true)]
    [InlineData("[1-5]0", "50", true)]
    [InlineData("[1-5]0", "60", false)]
    [InlineData("[135]", "3", true)]
    [InlineData("[135]", "2", false)]
    [InlineData("[0-27-9]", "8", true)]
    [InlineData("[0-27-9]", "5", false)]
    [InlineData("0.", "0", false)]
    [InlineData("0.", "0123", true)]
    [InlineData("0!", "0", true)]
    [InlineData("0!", "0123", true)]
    [InlineData("0.", "01a", false)]
    [InlineData("*72X", "*721", true)]
    [InlineData("+(Z.)", "+4930123", true)]
    [InlineData("+(Z.)", "+0123", false)]
    [InlineData("5000", "5000", true)]
    [InlineData("5000", "500", false)]
    public void TryMatch_Table_MatchesWholeDialledString(string pattern, string dialled, bool expected)
    {
        Assert.True(DialPattern.TryParse(pattern, out var compiled, out var error), error);

        Assert.Equal(expected, compiled.TryMatch(dialled, out _));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("1A", "unexpected 'A' at 2")]
    [InlineData("1.2", "must be the last element")]
    [InlineData("1!X", "must be the last element")]
    [InlineData("(1(2))", "nested '(' at 3")]
    [InlineData("12)", "')' at 3 has no matching '('")]
    [InlineData("(12", "'(' is not closed")]
    [InlineData("[1-", "'[' at 1 is not closed")]
    [InlineData("[5-1]", "bad range '5-1'")]
    [InlineData("[1-]", "unexpected '-'")]
    [InlineData("[]", "empty class")]
    [InlineData("[a]", "unexpected 'a' in class")]
    public void TryParse_InvalidPattern_ReportsWhatAndWhere(string pattern, string expectedError)
    {
        Assert.False(DialPattern.TryParse(pattern, out _, out var error));

        Assert.Contains(expectedError, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0(N.)", "$1", "0301234", "301234")]
    [InlineData("0(N.)", "+49$1", "0301234", "+49301234")]
    [InlineData("+(Z.)", "+$1", "+4930", "+4930")]
    [InlineData("9(XX)(XX)", "$2$1", "91234", "3412")]
    [InlineData("1XXX", "$0", "1001", "1001")]
    [InlineData("8(!)", "1$1", "8", "1")]
    [InlineData("8(X!)", "1$1", "845", "145")]
    [InlineData("7XX", "5000", "712", "5000")]
    public void Translation_Table_SubstitutesBackReferences(string pattern, string translation, string dialled, string expected)
    {
        Assert.True(DialPattern.TryParse(pattern, out var compiled, out _));
        Assert.True(DialTranslation.TryParse(translation, compiled.Captures.Count, out var template, out var error), error);
        Assert.True(compiled.TryMatch(dialled, out var groups));

        Assert.Equal(expected, template.Apply(groups));
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("$1", 0, "refers to a capture the pattern does not have")]
    [InlineData("9$", 1, "must be followed by a group number")]
    [InlineData("$x", 1, "must be followed by a group number")]
    [InlineData("1-2", 0, "unexpected '-' at 2")]
    public void Translation_Invalid_ReportsError(string translation, int captures, string expectedError)
    {
        Assert.False(DialTranslation.TryParse(translation, captures, out _, out var error));

        Assert.Contains(expectedError, error, StringComparison.Ordinal);
    }
}
