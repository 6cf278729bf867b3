using Voice.Redis.Scripting;
using Voice.Redis.Tests.Support;

namespace Voice.Redis.Tests.Scripting;

[Collection(RedisServerCollection.Name)]
public class RedisScriptTests(RedisServerFixture fixture)
{
    private const string CompareAndSet = "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return 1 end return 0";

    [Fact]
    public async Task EvaluateAsync_AfterScriptFlush_ReloadsTransparently()
    {
        await using var client = await fixture.ConnectAsync();
        var script = new RedisScript(CompareAndSet);
        string key = Keys.New("cas");
        await client.SetAsync(key, "v1");
        Assert.Equal(1, (await script.EvaluateAsync(client, [key], ["v1", "v2"])).AsInt64());

        await client.ExecuteAsync("SCRIPT FLUSH");
        var missing = await Assert.ThrowsAsync<RedisServerException>(() => client.EvalShaAsync(script.Sha1, [key], ["v2", "v3"]));
        Assert.Equal("NOSCRIPT", missing.Prefix);

        Assert.Equal(1, (await script.EvaluateAsync(client, [key], ["v2", "v3"])).AsInt64());
        Assert.Equal("v3", (await client.GetAsync(key)).ToString());
        Assert.Equal(0, (await script.EvaluateAsync(client, [key], ["stale", "v4"])).AsInt64());
    }

    [Fact]
    public async Task ScriptLoadAsync_ReturnsSameShaAsRedisScript()
    {
        await using var client = await fixture.ConnectAsync();
        var script = new RedisScript("return ARGV[1]");
        Assert.Equal(script.Sha1, await client.ScriptLoadAsync(script.Source));
        Assert.Equal("x", (await client.EvalAsync("return ARGV[1]", [], ["x"])).AsString());
    }
}
