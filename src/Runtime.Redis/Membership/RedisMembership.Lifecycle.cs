using Voice.Redis;

namespace Voice.Runtime.Redis.Membership;

public sealed partial class RedisMembership
{
    /// <summary>Registers this node (first heartbeat), reads the view, then heartbeats every HeartbeatInterval.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _stopped) != 0, this);
        await HeartbeatAsync(register: true, cancellationToken).ConfigureAwait(false);
        _loop = Task.Run(() => HeartbeatLoopAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Sends one heartbeat and re-reads the live view now (the loop does this every interval).</summary>
    public Task<MembershipSnapshot> RefreshAsync(CancellationToken cancellationToken = default) =>
        HeartbeatAsync(register: false, cancellationToken);

    /// <summary>Graceful leave: stops heartbeating and removes this node from Redis at once.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken = default)
    {
        await StopLoopAsync().ConfigureAwait(false);
        await LeaveScript.EvaluateAsync(_client, [_keys.Members, _keys.Node(Self.NodeId)], [Self.NodeId], cancellationToken).ConfigureAwait(false);
        Log.Left(_logger, Self.NodeId);
    }

    /// <summary>Stops heartbeating WITHOUT leaving: the others see this node die after DeathTimeout (crash semantics).</summary>
    public async ValueTask DisposeAsync()
    {
        await StopLoopAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _gate.Dispose();
    }

    private async Task StopLoopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    private async Task HeartbeatLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.HeartbeatInterval, _timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await HeartbeatAsync(register: false, cancellationToken).ConfigureAwait(false);
                }
                catch (RedisException ex)
                {
                    // A missed heartbeat is survivable (DeathTimeout spans several); keep the loop alive.
                    Log.HeartbeatFailed(_logger, Self.NodeId, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }
}
