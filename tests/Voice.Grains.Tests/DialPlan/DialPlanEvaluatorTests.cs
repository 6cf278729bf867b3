using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.DialPlan;

namespace Voice.Grains.Tests.DialPlan;

public sealed class DialPlanEvaluatorTests
{
    private static readonly DialPlanRule[] Rules =
    [
        // Listed out of order on purpose: evaluation follows Order, not list position.
        new(30, "XXXX", "$0", CallScope.Internal),
        new(10, "1(XXX)", "2$1", CallScope.Internal),
        new(20, "0(X.)", "$1", CallScope.External),
    ];

    [Theory]
    [InlineData("1234", 10, "2234")]
    [InlineData("5678", 30, "5678")]
    [InlineData("0301234", 20, "301234")]
    public void Evaluate_Table_FirstRuleByOrderWins(string dialled, int expectedOrder, string expectedNumber)
    {
        var plan = DialPlanEvaluator.Compile(Rules);

        var match = plan.Evaluate(dialled);

        Assert.NotNull(match);
        Assert.Equal(expectedOrder, match.Rule.Order);
        Assert.Equal(expectedNumber, match.Translated);
    }

    [Fact]
    public void Evaluate_NoRuleMatches_ReturnsNull()
    {
        var plan = DialPlanEvaluator.Compile(Rules);

        Assert.Null(plan.Evaluate("12"));
    }

    [Fact]
    public void Compile_InvalidRule_ThrowsNamingTheRule()
    {
        var error = Assert.Throws<ArgumentException>(() => DialPlanEvaluator.Compile([new DialPlanRule(7, "1(X", "$1", CallScope.Internal)]));

        Assert.Contains("rule 7", error.Message, StringComparison.Ordinal);
    }
}
