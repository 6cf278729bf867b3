using System.Collections.Concurrent;
using Voice.Redis.Commands;
using Voice.Runtime.Redis.Hosting;
using Voice.Runtime.Redis.Membership;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Redis.Placement;

namespace Voice.Runtime.Redis.Tests.Support;

/// <summary>
/// One in-process cluster node on its own connection. Every membership change and slot event pulses the shared
/// <see cref="ChangeSignal"/>; handover callbacks record whether the lease was still held when they ran.
/// </summary>
public sealed class TestNode : IAsyncDisposable
{
    private readonly RedisClient _client;
    private bool _disposed;

    private TestNode(RedisClient client, RedisClusterOptions options, string id, ChangeSignal signal)
    {
        _client = client;
        Id = id;
        Node = new RedisClusterNode(client, options, new ClusterNodeInfo(id, $"http://{id}:8080", $"sip:{id}:5060"), HandOverAsync);
        Node.Membership.Changed += _ => signal.Pulse();
        Node.Leases.SlotAcquired += (slot, epoch) =>
        {
            Acquired.Enqueue((slot, epoch));
            signal.Pulse();
        };
        Node.Leases.SlotLost += slot =>
        {
            Lost.Enqueue(slot);
            signal.Pulse();
        };
    }

    public string Id { get; }

    public RedisClusterNode Node { get; }

    public SlotLeaseManager Leases => Node.Leases;

    public ConcurrentQueue<(int Slot, long Epoch)> Acquired { get; } = new();

    public ConcurrentQueue<int> Lost { get; } = new();

    /// <summary>(slot, epoch, lease owner seen in Redis while the callback ran).</summary>
    public ConcurrentQueue<(int Slot, long Epoch, SlotOwner? OwnerDuringHandover)> HandedOver { get; } = new();

    public static async Task<TestNode> StartAsync(RedisServerFixture fixture, RedisClusterOptions options, string id, ChangeSignal signal)
    {
        var node = new TestNode(await fixture.ConnectAsync(), options, id, signal);
        await node.Node.StartAsync();
        return node;
    }

    /// <summary>Crash: stop heartbeating and renewing, release nothing.</summary>
    public async Task CrashAsync()
    {
        await Node.DisposeAsync();
        await _client.DisposeAsync();
        _disposed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            await CrashAsync();
        }
    }

    private async Task HandOverAsync(int slot, long epoch, CancellationToken cancellationToken)
    {
        SlotOwner? owner = await Leases.GetOwnerAsync(slot, cancellationToken);
        HandedOver.Enqueue((slot, epoch, owner));
    }
}
