using Voice.Runtime.Redis.Membership;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Membership;

public class RedisMembershipTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly RedisClusterOptions _options = RedisServerFixture.FastOptions();
    private readonly ChangeSignal _signal = new();

    [Fact]
    public async Task StartAsync_TwoNodes_EachSeesBothWithAnnouncedInfo()
    {
        await using var a = await StartAsync("a");
        await using var b = await StartAsync("b");

        await _signal.WaitUntilAsync(() => a.Current.NodeIds.Length == 2, Timeout, "a sees b");
        MembershipSnapshot view = await b.RefreshAsync();
        Assert.Equal(["a", "b"], view.NodeIds.ToArray());
        ClusterMember seenA = view.Find("a")!;
        Assert.Equal(new ClusterNodeInfo("a", "http://a:8080", "sip:a:5060"), seenA.Info);
        Assert.InRange(seenA.StartedAt, view.ReadAt.AddSeconds(-5), view.ReadAt);
        Assert.True(seenA.LastHeartbeat >= seenA.StartedAt);
        Assert.True(a.Current.Contains("b"));
    }

    [Fact]
    public async Task Heartbeat_NodeAliveForManyDeathTimeouts_StaysInView()
    {
        // 20 heartbeats per death timeout (not the fast 10): a CPU-starved test machine once stalled b's heartbeats
        // for a whole second, which is death by the fast timings even though nothing is wrong with the node.
        var options = _options with { DeathTimeout = TimeSpan.FromSeconds(2) };
        await using var a = await StartAsync("a", options);
        await using var b = await StartAsync("b", options);
        DateTimeOffset firstHeartbeat = (await a.RefreshAsync()).Find("b")!.LastHeartbeat;

        // Real time must pass here: death is judged by the Redis server clock, which a fake clock cannot move.
        await Task.Delay(options.DeathTimeout * 2);

        MembershipSnapshot view = await a.RefreshAsync();
        Assert.True(view.Contains("b"));
        Assert.True(view.Find("b")!.LastHeartbeat > firstHeartbeat + options.DeathTimeout, "b's heartbeat kept advancing");
    }

    [Fact]
    public async Task LeaveAsync_Graceful_RemovesNodeFromViewAtOnce()
    {
        await using var a = await StartAsync("a");
        await using var b = await StartAsync("b");
        Assert.True((await a.RefreshAsync()).Contains("b"));

        await b.LeaveAsync();

        // No waiting for the death timeout: the very next read no longer has b.
        Assert.Equal(["a"], (await a.RefreshAsync()).NodeIds.ToArray());
    }

    [Fact]
    public async Task Dispose_WithoutLeave_NodeDropsOutAfterDeathTimeoutAndChangedIsRaised()
    {
        await using var a = await StartAsync("a");
        var b = await StartAsync("b");
        await _signal.WaitUntilAsync(() => a.Current.Contains("b"), Timeout, "a sees b");
        long versionWithB = a.Current.Version;
        var views = new List<MembershipSnapshot>();
        a.Changed += view =>
        {
            lock (views)
            {
                views.Add(view);
            }

            _signal.Pulse();
        };

        long stoppedAt = TimeProvider.System.GetTimestamp();
        await b.DisposeAsync();
        await _signal.WaitUntilAsync(() => !a.Current.Contains("b"), Timeout, "b declared dead");

        TimeSpan detectedAfter = TimeProvider.System.GetElapsedTime(stoppedAt);
        // Not before its heartbeat can have aged past (half) the death timeout, not much after it.
        Assert.InRange(detectedAfter, _options.DeathTimeout / 2, _options.DeathTimeout + TimeSpan.FromSeconds(1));
        Assert.True(a.Current.Version > versionWithB);

        // Changed is raised after Current is updated (its handlers run outside the membership's lock): wait for it.
        await _signal.WaitUntilAsync(
            () =>
            {
                lock (views)
                {
                    return views.Any(view => view.NodeIds.SequenceEqual(["a"]));
                }
            },
            Timeout,
            "Changed raised with the view without b");
    }

    [Fact]
    public async Task Current_BeforeStart_IsEmptyAndVersionRisesOnEveryChange()
    {
        await using var a = new RedisMembership(await fixture.ConnectAsync(), _options, new ClusterNodeInfo("a", "h", "s"));
        Assert.Empty(a.Current.NodeIds);
        Assert.Equal(0, a.Current.Version);

        await a.StartAsync();
        long afterJoin = a.Current.Version;
        await using var b = await StartAsync("b");
        MembershipSnapshot withB = await a.RefreshAsync();
        MembershipSnapshot unchanged = await a.RefreshAsync();

        Assert.Equal(1, afterJoin);
        Assert.Equal(afterJoin + 1, withB.Version);
        Assert.Equal(withB.Version, unchanged.Version);
    }

    [Fact]
    public async Task Changed_SubscriberThrows_HeartbeatLoopKeepsRunning()
    {
        await using var a = await StartAsync("a");
        a.Changed += _ => throw new InvalidOperationException("subscriber bug");

        await using var b = await StartAsync("b");
        await _signal.WaitUntilAsync(() => a.Current.Contains("b"), Timeout, "a sees b despite the throwing subscriber");
        await b.LeaveAsync();
        await _signal.WaitUntilAsync(() => !a.Current.Contains("b"), Timeout, "a sees b leave: its loop survived");
    }

    private async Task<RedisMembership> StartAsync(string id, RedisClusterOptions? options = null)
    {
        var membership = new RedisMembership(await fixture.ConnectAsync(), options ?? _options, new ClusterNodeInfo(id, $"http://{id}:8080", $"sip:{id}:5060"));
        membership.Changed += _ => _signal.Pulse();
        await membership.StartAsync();
        return membership;
    }
}
