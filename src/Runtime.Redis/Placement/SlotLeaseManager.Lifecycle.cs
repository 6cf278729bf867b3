using Voice.Runtime.Redis.Membership;

namespace Voice.Runtime.Redis.Placement;

public sealed partial class SlotLeaseManager
{
    /// <summary>Runs the first pass (claims this node's share), then a pass every LeaseRenewInterval and on membership changes.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _stopped) != 0, this);
        _membership.Changed += OnMembershipChanged;
        await RunPassAsync(cancellationToken).ConfigureAwait(false);
        _loop = Task.Run(() => PassLoopAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>
    /// Graceful stop: hands over every owned slot (callback, then release) while still renewing, then stops.
    /// Other nodes can claim each slot as soon as it is released.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _leaving = true;
        }

        await RunPassAsync(cancellationToken).ConfigureAwait(false);
        await WaitForHandoversAsync().ConfigureAwait(false);
        await StopLoopAsync().ConfigureAwait(false);
    }

    /// <summary>Stops renewing WITHOUT releasing (crash semantics): the leases expire after LeaseTtl.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopLoopAsync().ConfigureAwait(false);
        await WaitForHandoversAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _passGate.Dispose();
    }

    private async Task StopLoopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        _membership.Changed -= OnMembershipChanged;
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    // Reacting at once (not at the next tick) is what keeps failover near DeathTimeout + one pass.
    private void OnMembershipChanged(MembershipSnapshot view) => _ = RunPassSafelyAsync();

    private async Task PassLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.LeaseRenewInterval, _timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await RunPassSafelyAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }
}
