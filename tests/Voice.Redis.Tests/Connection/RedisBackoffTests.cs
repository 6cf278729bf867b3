using Voice.Redis.Connection;

namespace Voice.Redis.Tests.Connection;

public class RedisBackoffTests
{
    private static readonly RedisClientOptions Options = new()
    {
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(100),
        ReconnectMaxDelay = TimeSpan.FromSeconds(2),
        ReconnectJitter = 0.2,
    };

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 200)]
    [InlineData(3, 800)]
    [InlineData(10, 2000)]
    public void Compute_MiddleOfJitterBand_IsExponentialUpToCap(int attempt, double expectedMs) =>
        Assert.Equal(expectedMs, RedisBackoff.Compute(attempt, Options, 0.5).TotalMilliseconds, 3);

    [Fact]
    public void Compute_JitterExtremes_SpreadTwentyPercent()
    {
        Assert.Equal(320, RedisBackoff.Compute(2, Options, 0).TotalMilliseconds, 3);
        Assert.Equal(480, RedisBackoff.Compute(2, Options, 1).TotalMilliseconds, 3);
    }

    [Fact]
    public void Compute_JitterAtCap_NeverExceedsCap() =>
        Assert.Equal(2000, RedisBackoff.Compute(20, Options, 1).TotalMilliseconds, 3);
}
