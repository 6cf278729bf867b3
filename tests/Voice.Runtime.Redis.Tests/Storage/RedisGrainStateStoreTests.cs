using Voice.Redis;
using Voice.Redis.Commands;
using Voice.Redis.Streams;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Redis.Storage;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Storage;

public class RedisGrainStateStoreTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>
{
    private const int Slot = 42;
    private readonly RedisClusterOptions _options = RedisServerFixture.SteadyOptions();

    [Fact]
    public async Task WriteAsync_NewState_IsReadBackWithTheReturnedETag()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        var store = await StoreWithLeaseAsync(client, epoch: 3);
        Assert.Equal(GrainStateRecord.None, await store.ReadAsync("call", "k1"));

        StateWriteResult result = await store.WriteAsync("call", "k1", "{\"n\":1}"u8.ToArray(), null, Slot, 3);

        Assert.True(result.IsSuccess);
        GrainStateRecord read = await store.ReadAsync("call", "k1");
        Assert.Equal("{\"n\":1}"u8.ToArray(), read.Data);
        Assert.Equal(result.ETag, read.ETag);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ReturnsETagConflictAndKeepsState()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        var store = await StoreWithLeaseAsync(client, epoch: 1);
        string first = (await store.WriteAsync("call", "k", B(1), null, Slot, 1)).ETag!;
        string second = (await store.WriteAsync("call", "k", B(2), first, Slot, 1)).ETag!;

        StateWriteResult stale = await store.WriteAsync("call", "k", B(3), first, Slot, 1);
        StateWriteResult missing = await store.WriteAsync("call", "k", B(4), null, Slot, 1);

        Assert.False(stale.IsSuccess);
        Assert.Equal(new StateConflict(StateConflictKind.ETag, "call", "k", Slot, 1, 1, first, second), stale.Conflict);
        Assert.Equal(StateConflictKind.ETag, missing.Conflict!.Kind);
        GrainStateRecord kept = await store.ReadAsync("call", "k");
        Assert.Equal(second, kept.ETag);
        Assert.Equal([2], kept.Data);
    }

    [Fact]
    public async Task WriteAsync_Events_AppendedWithPerKeySequenceOnlyForCommittedWrites()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        var store = await StoreWithLeaseAsync(client, epoch: 1);

        StateWriteResult first = await store.WriteAsync("call", "k", B(1), null, Slot, 1,
            [new StateEvent("calls", "c1", "{\"e\":\"ringing\"}"), new StateEvent("calls", "c2", "{\"e\":\"ringing\"}"), new StateEvent("audit", "c1", "{}")]);
        StateWriteResult refused = await store.WriteAsync("call", "k", B(9), "wrong-etag", Slot, 1, [new StateEvent("calls", "c1", "{\"e\":\"lost\"}")]);
        StateWriteResult second = await store.WriteAsync("call", "k", B(2), first.ETag, Slot, 1, [new StateEvent("calls", "c1", "{\"e\":\"answered\"}")]);

        Assert.Equal([1L, 1L, 1L], first.Sequences);
        Assert.False(refused.IsSuccess);
        Assert.Equal([2L], second.Sequences);
        IReadOnlyList<StreamEntry> calls = await RangeAsync(client, store.StreamKey("calls"));
        Assert.Equal(["c1:1:{\"e\":\"ringing\"}", "c2:1:{\"e\":\"ringing\"}", "c1:2:{\"e\":\"answered\"}"], calls.Select(Describe));
        Assert.Equal(["c1:1:{}"], (await RangeAsync(client, store.StreamKey("audit"))).Select(Describe));
    }

    [Fact]
    public async Task WriteAsync_EventKeyOfWrongType_FailsBeforeChangingAnything()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        var store = await StoreWithLeaseAsync(client, epoch: 1);
        string eTag = (await store.WriteAsync("call", "k", B(1), null, Slot, 1)).ETag!;
        await client.SetAsync(store.StreamKey("broken"), "not a stream");

        await Assert.ThrowsAsync<RedisServerException>(() => store.WriteAsync("call", "k", B(2), eTag, Slot, 1,
            [new StateEvent("fine", "a", "{}"), new StateEvent("broken", "a", "{}")]));

        Assert.Equal(eTag, (await store.ReadAsync("call", "k")).ETag);
        Assert.Empty(await RangeAsync(client, store.StreamKey("fine")));
    }

    [Fact]
    public async Task WriteAsync_StaleEpochAfterTakeover_FailsWithoutStateChangeOrEvent()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        var store = await StoreWithLeaseAsync(client, epoch: 5);
        string eTag = (await store.WriteAsync("call", "k", B(1), null, Slot, 5)).ETag!;
        await Leases.GrantAsync(client, _options, Slot, "new-owner", 6);

        StateWriteResult stale = await store.WriteAsync("call", "k", B(2), eTag, Slot, 5, [new StateEvent("calls", "k", "{}")]);
        StateWriteResult staleClear = await store.ClearAsync("call", "k", eTag, Slot, 5);

        Assert.Equal(new StateConflict(StateConflictKind.Epoch, "call", "k", Slot, 5, 6, eTag, eTag), stale.Conflict);
        Assert.Equal(StateConflictKind.Epoch, staleClear.Conflict!.Kind);
        Assert.Equal([1], (await store.ReadAsync("call", "k")).Data);
        Assert.Empty(await RangeAsync(client, store.StreamKey("calls")));
        Assert.True((await store.WriteAsync("call", "k", B(3), eTag, Slot, 6)).IsSuccess);
    }

    [Fact]
    public async Task WriteAsync_LeaseExpiredNoNewOwner_FailsWithEpochZero()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        var store = await StoreWithLeaseAsync(client, epoch: 2);
        await Leases.RevokeAsync(client, _options, Slot);

        StateWriteResult result = await store.WriteAsync("call", "k", B(1), null, Slot, 2);

        Assert.Equal(StateConflictKind.Epoch, result.Conflict!.Kind);
        Assert.Equal(0, result.Conflict.ActualEpoch);
        Assert.Equal(GrainStateRecord.None, await store.ReadAsync("call", "k"));
    }

    [Fact]
    public async Task ClearAsync_CurrentETag_DeletesStateAndOldETagNeverMatchesAgain()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        var store = await StoreWithLeaseAsync(client, epoch: 1);
        string eTag = (await store.WriteAsync("call", "k", B(1), null, Slot, 1)).ETag!;

        Assert.False((await store.ClearAsync("call", "k", "other", Slot, 1)).IsSuccess);
        StateWriteResult cleared = await store.ClearAsync("call", "k", eTag, Slot, 1);

        Assert.True(cleared.IsSuccess);
        Assert.Null(cleared.ETag);
        Assert.Equal(GrainStateRecord.None, await store.ReadAsync("call", "k"));
        string fresh = (await store.WriteAsync("call", "k", B(2), null, Slot, 1)).ETag!;
        Assert.NotEqual(eTag, fresh);
        Assert.False((await store.WriteAsync("call", "k", B(3), eTag, Slot, 1)).IsSuccess);
    }

    [Fact]
    public async Task WriteAsync_StreamMaxLength_TrimsApproximately()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        RedisClusterOptions options = _options with { StreamMaxLength = 10 };
        await Leases.GrantAsync(client, options, Slot, "me", 1);
        var store = new RedisGrainStateStore(client, options);
        string? eTag = null;

        for (int i = 0; i < 300; i++)
        {
            eTag = (await store.WriteAsync("call", "k", B(1), eTag, Slot, 1, [new StateEvent("trim", "k", "{}")])).ETag;
        }

        long length = (await client.ExecuteAsync("XLEN", store.StreamKey("trim"))).AsInt64();
        Assert.InRange(length, 10, 200); // MAXLEN ~ trims whole radix-tree nodes (100 entries by default)
    }

    private async Task<RedisGrainStateStore> StoreWithLeaseAsync(RedisClient client, long epoch)
    {
        await Leases.GrantAsync(client, _options, Slot, "me", epoch);
        return new RedisGrainStateStore(client, _options);
    }

    private static async Task<IReadOnlyList<StreamEntry>> RangeAsync(RedisClient client, string key) =>
        await client.StreamRangeAsync(key);

    private static byte[] B(byte value) => [value];

    private static string Describe(StreamEntry entry) => $"{entry["key"]}:{entry["seq"]}:{entry["event"]}";
}
