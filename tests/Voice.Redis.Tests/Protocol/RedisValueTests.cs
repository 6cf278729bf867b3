using Voice.Redis.Protocol;

namespace Voice.Redis.Tests.Protocol;

public class RedisValueTests
{
    [Fact]
    public void Equals_StringAndBytesWithSameText_AreEqual() =>
        Assert.Equal(RedisValue.FromString("abc"), RedisValue.FromBytes("abc"u8.ToArray()));

    [Fact]
    public void TryGetInt64_NumericBytes_Parses()
    {
        Assert.True(RedisValue.FromBytes("-15"u8.ToArray()).TryGetInt64(out long value));
        Assert.Equal(-15, value);
    }

    [Fact]
    public void TryGetInt64_Text_Fails() => Assert.False(((RedisValue)"abc").TryGetInt64(out _));

    [Fact]
    public void Default_IsNull()
    {
        Assert.True(default(RedisValue).IsNull);
        Assert.Null(default(RedisValue).ToString());
    }
}
