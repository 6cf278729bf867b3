using Microsoft.Extensions.DependencyInjection;
using Voice.Runtime.Placement;
using Voice.Runtime.Testing;
using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

using Voice.Testing;

namespace Voice.Runtime.Tests.Testing;

public sealed class TestClusterTests
{
    private readonly GrainProbe _probe = new();

    [Fact]
    public async Task CallsFromEveryNode_ReachTheSingleActivationOnTheOwner()
    {
        await using var cluster = CreateCluster();
        var id = new GrainId("counter", "shared");
        var owner = cluster.OwnerOf(id);

        var totals = new List<int>();
        foreach (var node in cluster.Nodes)
        {
            totals.Add(await node.GetGrain<ICounterGrain>("shared").AddAsync(1));
            Assert.Equal(owner.NodeId, await node.GetGrain<ICounterGrain>("shared").WhereAsync());
        }

        Assert.Equal([1, 2, 3], totals);
        Assert.Equal([owner.NodeId], cluster.Nodes.Where(n => n.IsActivatedHere(id)).Select(n => n.NodeId));
        Assert.True(cluster.Network.CallCount >= 4);
    }

    [Fact]
    public async Task RemoteCall_GrainThrows_CallerGetsInvocationExceptionWithTypeAndMessage()
    {
        await using var cluster = CreateCluster();
        var id = new GrainId("turn", "remote-fault");
        var caller = cluster.Nodes.First(n => n.NodeId != cluster.OwnerOf(id).NodeId);

        var error = await Assert.ThrowsAsync<GrainInvocationException>(() => caller.GetGrain<ITurnGrain>("remote-fault").ThrowAsync("far boom"));

        Assert.Equal(typeof(InvalidOperationException).FullName, error.OriginalExceptionType);
        Assert.Equal("far boom", error.Message);
        Assert.Contains(nameof(TurnGrain.ThrowAsync), error.RemoteStackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoteCall_ArgumentsAndResultsCrossAsJson()
    {
        await using var cluster = CreateCluster();
        var id = new GrainId("echo", "json");
        var caller = cluster.Nodes.First(n => n.NodeId != cluster.OwnerOf(id).NodeId);
        var before = cluster.Network.CallCount;

        var shouted = await caller.GetGrain<IEchoGrain>("json").ShoutAsync("quiet \"quotes\" é");

        Assert.Equal("QUIET \"QUOTES\" É", shouted);
        Assert.Equal(before + 1, cluster.Network.CallCount);
    }

    [Fact]
    public async Task RemoteCall_ArgumentTypeMissingFromRegisteredContexts_FailsWithoutReflectionFallback()
    {
        await using var cluster = CreateCluster();
        var id = new GrainId("echo", "unlisted");
        var owner = cluster.OwnerOf(id);
        var caller = cluster.Nodes.First(n => n != owner);

        var local = await owner.GetGrain<IEchoGrain>("unlisted").MeasureAsync(new UnlistedPayload("four"));

        Assert.Equal(4, local);
        await Assert.ThrowsAsync<NotSupportedException>(() => caller.GetGrain<IEchoGrain>("unlisted").MeasureAsync(new UnlistedPayload("four")));
    }

    [Fact]
    public async Task ReentrantChain_AcrossNodes_Completes()
    {
        await using var cluster = CreateCluster();
        var (a, b) = KeysOnDifferentNodes(cluster);

        var answer = await cluster.Nodes[0].GetGrain<ITurnGrain>(a).CallPartnerAsync(b);

        Assert.Equal($"via {b} -> turn:{a}", answer);
    }

    [Fact]
    public async Task SlotMove_GrainReactivatesOnNewOwnerWithLastWrittenState()
    {
        await using var cluster = CreateCluster();
        var id = new GrainId("counter", "mover");
        var slot = SlotHasher.GetSlot(id);
        var from = cluster.OwnerOf(id);
        var to = cluster.Nodes.First(n => n != from);
        await from.GetGrain<ICounterGrain>("mover").AddAsync(7);

        await cluster.MoveSlotAsync(slot, to.NodeId);
        var value = await from.GetGrain<ICounterGrain>("mover").AddAsync(1);

        Assert.Equal(8, value);
        Assert.False(from.IsActivatedHere(id));
        Assert.True(to.IsActivatedHere(id));
        Assert.Equal(to.NodeId, await to.GetGrain<ICounterGrain>("mover").WhereAsync());
        Assert.Equal(2, cluster.SlotTable.GetOwner(slot).Epoch);
    }

    [Fact]
    public async Task Reminder_InCluster_IsDeliveredToTheOwningNode()
    {
        var time = new ManualTimeProvider();
        await using var cluster = TestCluster.Create(
            3,
            services => RuntimeHost.AddTestGrains(services, _probe),
            options => options.JsonTypeInfoResolvers.Add(TestGrainJsonContext.Default),
            time);
        var id = new GrainId("timer", "clustered");
        var caller = cluster.Nodes.First(n => n.NodeId != cluster.OwnerOf(id).NodeId);
        await caller.GetGrain<ITimerGrain>("clustered").RegisterReminderAsync("ring", TimeSpan.FromMinutes(1));

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal("reminder clustered ring 00:01", await _probe.NextSignalAsync());
        Assert.Equal([cluster.OwnerOf(id).NodeId], cluster.Nodes.Where(n => n.IsActivatedHere(id)).Select(n => n.NodeId));
    }

    private TestCluster CreateCluster()
        => TestCluster.Create(
            3,
            services => RuntimeHost.AddTestGrains(services, _probe),
            options => options.JsonTypeInfoResolvers.Add(TestGrainJsonContext.Default));

    private static (string A, string B) KeysOnDifferentNodes(TestCluster cluster)
    {
        var keys = Enumerable.Range(0, 100).Select(i => "k" + i).ToArray();
        var a = keys[0];
        var ownerA = cluster.OwnerOf(new GrainId("turn", a)).NodeId;
        var b = keys.First(k => cluster.OwnerOf(new GrainId("turn", k)).NodeId != ownerA);
        return (a, b);
    }
}
