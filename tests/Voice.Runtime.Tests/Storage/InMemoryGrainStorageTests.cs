using System.Text;
using Voice.Runtime.Storage;

namespace Voice.Runtime.Tests.Storage;

public sealed class InMemoryGrainStorageTests
{
    private static readonly GrainId Id = new("t", "k");

    [Fact]
    public async Task Write_WithMatchingETag_ReturnsNewETagAndStoresData()
    {
        var storage = new InMemoryGrainStorage();

        var first = await storage.WriteAsync(Id, Encoding.UTF8.GetBytes("1"), null, [], new FencingToken(3, 1));
        var second = await storage.WriteAsync(Id, Encoding.UTF8.GetBytes("2"), first, [], new FencingToken(3, 1));
        var read = await storage.ReadAsync(Id);

        Assert.NotEqual(first, second);
        Assert.Equal(second, read!.ETag);
        Assert.Equal("2", Encoding.UTF8.GetString(read.Data.Span));
    }

    [Fact]
    public async Task Write_FromOlderEpochAfterNewerOwnerWrote_IsFencedOff()
    {
        var storage = new InMemoryGrainStorage();
        var etag = await storage.WriteAsync(Id, Encoding.UTF8.GetBytes("new owner"), null, [], new FencingToken(3, 2));

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteAsync(Id, Encoding.UTF8.GetBytes("old owner"), etag, [new GrainEvent("s", "k", "x")], new FencingToken(3, 1)).AsTask());

        Assert.Equal(1, error.Epoch);
        Assert.Equal(3, error.Slot);
        Assert.Empty(await storage.EventLog.ReadAsync("s", 1, 10));
    }

    [Fact]
    public async Task AdvanceFence_RejectsOldOwnerBeforeNewOwnerWrites()
    {
        var storage = new InMemoryGrainStorage();
        var etag = await storage.WriteAsync(Id, Encoding.UTF8.GetBytes("a"), null, [], new FencingToken(3, 1));

        storage.AdvanceFence(3, 2);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Id, Encoding.UTF8.GetBytes("b"), etag, [], new FencingToken(3, 1)).AsTask());
    }

    [Fact]
    public async Task Clear_WithStaleETag_IsRejectedAndKeepsState()
    {
        var storage = new InMemoryGrainStorage();
        await storage.WriteAsync(Id, Encoding.UTF8.GetBytes("a"), null, [], new FencingToken(0, 1));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearAsync(Id, "stale", new FencingToken(0, 1)).AsTask());

        Assert.NotNull(await storage.ReadAsync(Id));
    }
}
