using Voice.Redis.Commands;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Redis.Storage;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Storage;

/// <summary>Fencing end to end: real lease managers, a crashed owner, a new owner, the old owner's late write.</summary>
public class FencingTakeoverTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>
{
    private const int Slot = 7;
    private readonly RedisClusterOptions _options = RedisServerFixture.FastOptions();
    private readonly ChangeSignal _signal = new();

    [Fact]
    public async Task WriteAsync_OldOwnerAfterTakeover_StateConflictWithNewEpochAndNothingCommitted()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        var store = new RedisGrainStateStore(client, _options);
        TestNode a = await TestNode.StartAsync(fixture, _options, "a", _signal);
        await _signal.WaitUntilAsync(() => a.Leases.OwnedSlots.ContainsKey(Slot), TimeSpan.FromSeconds(5), "a owns the slot");
        long oldEpoch = a.Leases.OwnedSlots[Slot];
        string eTag = (await store.WriteAsync("call", "k", "{\"v\":1}"u8.ToArray(), null, Slot, oldEpoch)).ETag!;

        await a.CrashAsync();
        await using TestNode b = await TestNode.StartAsync(fixture, _options, "b", _signal);
        await _signal.WaitUntilAsync(() => b.Leases.OwnedSlots.ContainsKey(Slot), TimeSpan.FromSeconds(5), "b takes the slot over");
        long newEpoch = b.Leases.OwnedSlots[Slot];

        StateWriteResult late = await store.WriteAsync("call", "k", "{\"v\":2}"u8.ToArray(), eTag, Slot, oldEpoch, [new StateEvent("calls", "k", "{}")]);

        Assert.True(newEpoch > oldEpoch);
        Assert.Equal(StateConflictKind.Epoch, late.Conflict!.Kind);
        Assert.Equal(newEpoch, late.Conflict.ActualEpoch);
        Assert.Equal("{\"v\":1}"u8.ToArray(), (await store.ReadAsync("call", "k")).Data);
        Assert.Empty(await client.StreamRangeAsync(store.StreamKey("calls")));
        Assert.True((await store.WriteAsync("call", "k", "{\"v\":3}"u8.ToArray(), eTag, Slot, newEpoch)).IsSuccess);
    }
}
