using Voice.Redis.Connection;

namespace Voice.Redis.Tests.Connection;

public class RedisClientOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass() => new RedisClientOptions().Validate();

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:0")]
    [InlineData("localhost:70000")]
    [InlineData(":6379")]
    public void GetValidationErrors_BadEndPoint_Reported(string endPoint) =>
        Assert.Contains(new RedisClientOptions { EndPoint = endPoint }.GetValidationErrors(), e => e.Contains("EndPoint", StringComparison.Ordinal));

    [Fact]
    public void GetValidationErrors_BadValues_ReportsEach()
    {
        var options = new RedisClientOptions
        {
            CommandTimeout = TimeSpan.Zero,
            ReconnectBaseDelay = TimeSpan.FromSeconds(5),
            ReconnectMaxDelay = TimeSpan.FromSeconds(1),
            ReconnectJitter = 2,
            Database = -1,
            User = "u",
        };
        Assert.Equal(5, options.GetValidationErrors().Count);
        Assert.Throws<ArgumentException>(options.Validate);
    }

    [Fact]
    public void ParsedEndPoint_Ipv6Literal_StripsBrackets() =>
        Assert.Equal(("::1", 6380), new RedisClientOptions { EndPoint = "[::1]:6380" }.ParsedEndPoint);
}
