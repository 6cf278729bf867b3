using Voice.Runtime.Http.Tests.Grains;
using Voice.Runtime.Http.Tests.Support;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Http.Tests;

public sealed class HttpRemoteGrainInvokerTests
{
    [Fact]
    public async Task StaleCallerView_FormerOwnerAnswers421_CallRetriedAtNewOwner()
    {
        await using var cluster = await HttpTestCluster.StartAsync(3);
        var key = cluster.KeyOwnedBy("node-1");
        var slot = SlotHasher.GetSlot(new GrainId("remote-probe", key));
        var caller = cluster.Node("node-0");
        Assert.Equal("node-1", await caller.Runtime.GetGrain<IRemoteProbeGrain>(key).WhereAsync());

        // node-0 keeps believing node-1 owns the slot; node-1 and node-2 know it moved.
        await cluster.MoveSlotAsync(slot, "node-2", staleNodeIds: "node-0");
        var where = await caller.Runtime.GetGrain<IRemoteProbeGrain>(key).WhereAsync();

        Assert.Equal("node-2", where);
        Assert.Equal(1, caller.Invoker.MisdirectedCount);
        Assert.Equal(1, cluster.Node("node-1").Endpoint.MisdirectedAnswers);
        Assert.False(cluster.Node("node-1").Runtime.IsActivatedHere(new GrainId("remote-probe", key)));
        Assert.True(cluster.Node("node-2").Runtime.IsActivatedHere(new GrainId("remote-probe", key)));
    }

    [Fact]
    public async Task OwnerDown_BoundedRetriesThenRoutingExceptionNamingGrainAndNode()
    {
        await using var cluster = await HttpTestCluster.StartAsync(2, o => o.MaxAttempts = 3);
        var key = cluster.KeyOwnedBy("node-1");
        await cluster.Node("node-1").StopAsync();
        var caller = cluster.Node("node-0");

        var error = await Assert.ThrowsAsync<RemoteGrainRoutingException>(
            () => caller.Runtime.GetGrain<IRemoteProbeGrain>(key).WhereAsync().WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, caller.Invoker.UnreachableCount);
        Assert.Equal("node-1", error.NodeId);
        Assert.Contains("'remote-probe'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("WhereAsync", error.Message, StringComparison.Ordinal);
        Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task CallPastItsDeadline_TimesOutNamingGrainKeyAndMethod()
    {
        await using var cluster = await HttpTestCluster.StartAsync(2, o => o.CallTimeout = TimeSpan.FromMilliseconds(300));
        var key = cluster.KeyOwnedBy("node-1");

        var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(
            () => cluster.Node("node-0").Runtime.GetGrain<IRemoteProbeGrain>(key).HangAsync().WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
        Assert.Equal(new GrainId("remote-probe", key), error.GrainId);
        Assert.Equal("HangAsync", error.MethodName);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
