namespace Voice.Silo.Tests.Processes;

/// <summary>A graceful stop in cluster mode: the stopping node exits 0 and the survivor ends up owning every slot.</summary>
[Collection(SiloProcessCollection.Name)]
public sealed class ClusterDrainTests : IAsyncLifetime
{
    private readonly ClusterNodesFixture _cluster = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task Sigterm_OneOfTwoNodes_ExitsZeroAndSurvivorOwnsAllSlots()
    {
        var (leaving, staying) = (_cluster.Nodes[0], _cluster.Nodes[1]);
        await staying.WaitForJsonAsync("/cluster", v => v.GetProperty("members").GetArrayLength() == 2 && v.GetProperty("unownedSlots").GetInt32() == 0, TimeSpan.FromSeconds(30));

        var code = await leaving.Process.TerminateAsync(TimeSpan.FromSeconds(15));
        // /cluster mixes this node's own leases (ownedSlots) with a periodically refreshed cluster-wide read
        // (members, unownedSlots): wait until both halves have caught up.
        var view = await staying.WaitForJsonAsync(
            "/cluster",
            v => v.GetProperty("ownedSlots").GetInt32() == 1024 && v.GetProperty("members").GetArrayLength() == 1 && v.GetProperty("unownedSlots").GetInt32() == 0,
            TimeSpan.FromSeconds(10));

        Assert.Equal(0, code);
        Assert.Equal(staying.NodeId, Assert.Single(view.GetProperty("members").EnumerateArray()).GetProperty("nodeId").GetString());
        Assert.Equal((1024, 0), (view.GetProperty("ownedSlots").GetInt32(), view.GetProperty("unownedSlots").GetInt32()));
    }
}
