using System.Text;
using Voice.Runtime.Storage;
using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Hosting;

public sealed class GrainStateTests
{
    [Fact]
    public async Task State_WrittenThenDeactivated_IsReadBackByNextActivation()
    {
        await using var host = new RuntimeHost();
        var counter = host.Runtime.GetGrain<ICounterGrain>("c1");
        await counter.AddAsync(5);
        var id = new GrainId("counter", "c1");
        Assert.True(host.Runtime.TryGetActivation(id, out var activation));

        await counter.DeactivateAsync();
        await activation.Deactivated;
        var value = await counter.GetAsync();

        Assert.Equal(5, value);
        Assert.True(host.Runtime.TryGetActivation(id, out var next));
        Assert.NotSame(activation, next);
    }

    [Fact]
    public async Task Write_WithStaleETag_ThrowsInconsistentStateAndDeactivates()
    {
        await using var host = new RuntimeHost();
        var counter = host.Runtime.GetGrain<ICounterGrain>("c2");
        await counter.AddAsync(1);
        var id = new GrainId("counter", "c2");
        var storage = (IGrainStorage)host.Services.GetService(typeof(IGrainStorage))!;
        var current = await storage.ReadAsync(id);
        // Someone else writes behind the activation's back.
        await storage.WriteAsync(id, Encoding.UTF8.GetBytes("""{"value":100}"""), current!.ETag, [], new FencingToken(0, 1));
        Assert.True(host.Runtime.TryGetActivation(id, out var activation));

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => counter.AddAsync(1));
        await activation.Deactivated;
        var reloaded = await counter.GetAsync();

        Assert.Equal(id, error.GrainId);
        Assert.Equal(current.ETag, error.ExpectedETag);
        Assert.NotEqual(error.ExpectedETag, error.ActualETag);
        Assert.Equal(100, reloaded);
    }

    [Fact]
    public async Task WriteWithEvents_Succeeds_AppendsEventsWithPerKeySequence()
    {
        await using var host = new RuntimeHost();
        var log = ((InMemoryGrainStorage)host.Services.GetService(typeof(IGrainStorage))!).EventLog;

        await host.Runtime.GetGrain<ICounterGrain>("e1").AddWithEventsAsync(2);
        await host.Runtime.GetGrain<ICounterGrain>("e2").AddWithEventsAsync(1);
        await host.Runtime.GetGrain<ICounterGrain>("e1").AddWithEventsAsync(1);

        var entries = await log.ReadAsync("counts", 1, 100);
        Assert.Equal(["e1:1:1", "e1:2:2", "e2:1:3", "e1:3:4"], entries.Select(e => $"{e.Key}:{e.Sequence}:{e.Position}"));
        Assert.Equal(["1", "2", "1", "3"], entries.Select(e => e.Payload));
    }

    [Fact]
    public async Task WriteWithEvents_Rejected_AppendsNoEventsAndKeepsState()
    {
        await using var host = new RuntimeHost();
        var storage = (InMemoryGrainStorage)host.Services.GetService(typeof(IGrainStorage))!;
        var counter = host.Runtime.GetGrain<ICounterGrain>("e3");
        await counter.AddWithEventsAsync(1);
        var id = new GrainId("counter", "e3");
        var current = await storage.ReadAsync(id);
        await storage.WriteAsync(id, current!.Data, current.ETag, [], new FencingToken(0, 1));

        await Assert.ThrowsAsync<InconsistentStateException>(() => counter.AddWithEventsAsync(3));

        var entries = await storage.EventLog.ReadAsync("counts", 1, 100);
        Assert.Single(entries);
        Assert.Equal(1, await counter.GetAsync());
    }
}
