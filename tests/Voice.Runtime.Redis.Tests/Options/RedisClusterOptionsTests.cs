using Voice.Runtime.Redis.Options;

namespace Voice.Runtime.Redis.Tests.Options;

public class RedisClusterOptionsTests
{
    [Fact]
    public void Defaults_MatchTheDocumentedTimings()
    {
        var options = new RedisClusterOptions().Validate();

        Assert.Equal("voice:", options.KeyPrefix);
        Assert.Equal(TimeSpan.FromSeconds(1), options.HeartbeatInterval);
        Assert.Equal(TimeSpan.FromSeconds(3), options.DeathTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), options.LeaseTtl);
        Assert.Equal(TimeSpan.FromSeconds(1), options.LeaseRenewInterval);
    }

    [Theory]
    [InlineData("KeyPrefix")]
    [InlineData("DeathTimeout")]
    [InlineData("LeaseTtl")]
    [InlineData("StreamMaxLength")]
    public void Validate_Inconsistent_ThrowsNamingTheOption(string name)
    {
        var valid = new RedisClusterOptions();
        RedisClusterOptions broken = name switch
        {
            "KeyPrefix" => valid with { KeyPrefix = "" },
            "DeathTimeout" => valid with { DeathTimeout = valid.HeartbeatInterval },
            "LeaseTtl" => valid with { LeaseTtl = valid.LeaseRenewInterval },
            _ => valid with { StreamMaxLength = 0 },
        };

        Assert.Equal(name, Assert.Throws<ArgumentException>(() => broken.Validate()).ParamName);
    }
}
