using Voice.Grains.Routing.Strategies;
using Voice.Testing;

namespace Voice.Grains.Tests.Routing.Strategies;

internal static class StrategyTestData
{
    /// <summary>A Monday, 09:30 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Default limits but time enough that a slow, loaded test machine reaches the limit under test first.</summary>
    public static StrategyLimits Generous() => new() { Timeout = TimeSpan.FromSeconds(10) };

    public static StrategyCall Call(string ani = "0612345678", IReadOnlyDictionary<string, string>? userData = null) =>
        new(ani, "5000", "5000", userData ?? new Dictionary<string, string>());

    public static StrategyRunner Runner(ManualTimeProvider? clock = null, StrategyLimits? limits = null, StrategyProgramCache? cache = null) =>
        new(clock ?? new ManualTimeProvider(Start), limits, cache);

    public static Task<StrategyResult> RunAsync(string source, StrategyCall? call = null) => Runner().RunAsync(source, call ?? Call());

    /// <summary>A strategy whose route(call) body is <paramref name="body"/>.</summary>
    public static string Route(string body) => "function route(call) {\n" + body + "\n}";

    public static void AssertRouted(StrategyResult result)
    {
        Assert.True(result.Routed, $"expected routed, got {result.Failure}: {result.Message}");
    }

    public static void AssertFailed(StrategyFailure expected, StrategyResult result, string? messagePart = null)
    {
        Assert.False(result.Routed, "expected a failure, the strategy routed");
        Assert.True(expected == result.Failure, $"expected {expected}, got {result.Failure}: {result.Message}");
        Assert.Empty(result.Instructions);
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, result.Message, StringComparison.Ordinal);
        }
    }
}
