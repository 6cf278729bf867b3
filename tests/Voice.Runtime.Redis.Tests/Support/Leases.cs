using Voice.Redis.Commands;
using Voice.Runtime.Redis.Options;

namespace Voice.Runtime.Redis.Tests.Support;

/// <summary>Writes slot leases the way the claim script does, for storage/reminder tests that need a fixed epoch.</summary>
public static class Leases
{
    public static async Task GrantAsync(RedisClient client, RedisClusterOptions options, int slot, string owner, long epoch)
    {
        string prefix = options.KeyPrefix + "slot:" + slot;
        await client.ExecuteAsync("HSET", prefix + ":lease", "owner", owner, "epoch", epoch);
        await client.ExecuteAsync("SET", prefix + ":epoch", epoch);
    }

    public static Task RevokeAsync(RedisClient client, RedisClusterOptions options, int slot) =>
        client.DeleteAsync(options.KeyPrefix + "slot:" + slot + ":lease");
}
