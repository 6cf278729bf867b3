using System.Collections.Immutable;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Redis.Placement;

public sealed partial class SlotLeaseManager
{
    /// <summary>Runs one renew-and-rebalance pass now (the loop runs one every LeaseRenewInterval).</summary>
    public async Task RunPassAsync(CancellationToken cancellationToken = default)
    {
        await _passGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await RenewAsync(cancellationToken).ConfigureAwait(false);
            (List<KeyValuePair<int, long>> surplus, List<int> missing) = Plan();
            StartHandover(surplus);
            await ClaimAsync(missing, cancellationToken).ConfigureAwait(false);
            await RefreshTableAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _passGate.Release();
        }
    }

    /// <summary>
    /// A pass may not outlast a lease: while Redis is unreachable the client waits for a reconnect, and a pass
    /// stuck there would hide that this node's leases are running out. On failure or timeout the node drops its
    /// slots once they can no longer be trusted.
    /// </summary>
    private async Task RunPassSafelyAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.LeaseTtl, _timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, timeout.Token);
            try
            {
                await RunPassAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && Volatile.Read(ref _stopped) == 0)
            {
                Log.PassFailed(_logger, NodeId, "timed out");
                DropAllIfLeasesExpired();
            }
        }
        catch (OperationCanceledException) when (Volatile.Read(ref _stopped) != 0)
        {
            // Stopping.
        }
        catch (ObjectDisposedException)
        {
            // A membership change raced with disposal.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.PassFailed(_logger, NodeId, ex.Message);
            DropAllIfLeasesExpired();
        }
    }

    /// <summary>Desired slots = rendezvous over the live view plus this node (it is alive by definition) unless leaving.</summary>
    private (List<KeyValuePair<int, long>> Surplus, List<int> Missing) Plan()
    {
        List<string> nodes = [.. _membership.Current.NodeIds.Where(id => id != NodeId)];
        lock (_lock)
        {
            if (!_leaving)
            {
                nodes.Add(NodeId);
            }

            string?[] desired = RendezvousHash.Assign(SlotHasher.SlotCount, nodes);
            List<KeyValuePair<int, long>> surplus = [.. _owned.Where(pair => desired[pair.Key] != NodeId && !_handingOver.Contains(pair.Key))];
            _handingOver.UnionWith(surplus.Select(pair => pair.Key));
            List<int> missing = [.. Enumerable.Range(0, SlotHasher.SlotCount).Where(slot => desired[slot] == NodeId && !_owned.ContainsKey(slot))];
            return (surplus, missing);
        }
    }

    /// <summary>A node cut off from Redis must stop believing in leases that may have expired on the server.</summary>
    private void DropAllIfLeasesExpired()
    {
        if (_timeProvider.GetTimestamp() < Interlocked.Read(ref _leasesValidUntil))
        {
            return;
        }

        List<int> dropped;
        lock (_lock)
        {
            dropped = [.. _owned.Keys];
        }

        if (dropped.Count > 0)
        {
            Log.LeasesPresumedExpired(_logger, NodeId, dropped.Count);
            Forget(dropped);
        }
    }

    /// <summary>Removes slots from the owned set (those still present) and raises SlotLost for each.</summary>
    private void Forget(IEnumerable<int> slots)
    {
        List<int> removed = [];
        lock (_lock)
        {
            foreach (int slot in slots)
            {
                if (_owned.Remove(slot))
                {
                    removed.Add(slot);
                }
            }

            PublishOwned();
        }

        Table.Set([.. removed.Select(slot => (slot, (SlotOwner?)null))]);
        foreach (int slot in removed)
        {
            Log.SlotLost(_logger, NodeId, slot);
            Raise(() => SlotLost?.Invoke(slot));
        }
    }

    /// <summary>A throwing subscriber must not break the pass (renewals of every other slot depend on it).</summary>
    private void Raise(Action raise)
    {
        try
        {
            raise();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.SubscriberFailed(_logger, NodeId, ex);
        }
    }

    private void PublishOwned() => Volatile.Write(ref _ownedSnapshot, _owned.ToImmutableDictionary());
}
