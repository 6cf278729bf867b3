using Voice.Redis.Protocol;

namespace Voice.Runtime.Redis.Placement;

public sealed partial class SlotLeaseManager
{
    /// <summary>
    /// Hands the surplus slots over in the background so the pass loop keeps renewing their leases (and all
    /// others) while the runtime deactivates and flushes; each slot is released right after its callback.
    /// </summary>
    private void StartHandover(List<KeyValuePair<int, long>> surplus)
    {
        if (surplus.Count == 0)
        {
            return;
        }

        Task task = Task.Run(() => HandOverAsync(surplus, _stopping.Token), CancellationToken.None);
        lock (_lock)
        {
            _handoverTasks.RemoveAll(running => running.IsCompleted);
            _handoverTasks.Add(task);
        }
    }

    private async Task HandOverAsync(List<KeyValuePair<int, long>> slots, CancellationToken cancellationToken)
    {
        foreach ((int slot, long epoch) in slots)
        {
            try
            {
                if (_handover is not null)
                {
                    await _handover(slot, epoch, cancellationToken).ConfigureAwait(false);
                }

                await ReleaseAsync(slot, epoch, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Crash-style dispose: the lease simply expires.
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A failing callback must not pin the slot here forever; the lease is left to expire instead of
                // being released early, so a flush still in flight keeps its epoch until the TTL runs out.
                Log.HandoverFailed(_logger, NodeId, slot, ex);
                Forget([slot]);
            }
            finally
            {
                lock (_lock)
                {
                    _handingOver.Remove(slot);
                }
            }
        }
    }

    private async Task ReleaseAsync(int slot, long epoch, CancellationToken cancellationToken)
    {
        RedisReply reply = await ReleaseScript.EvaluateAsync(_client, [_keys.Lease(slot)], [NodeId, epoch], cancellationToken).ConfigureAwait(false);
        bool wasHeld = reply.AsInt64() == 1;
        Log.SlotReleased(_logger, NodeId, slot, epoch, wasHeld);
        Forget([slot]);
    }

    private async Task WaitForHandoversAsync()
    {
        Task[] running;
        lock (_lock)
        {
            running = [.. _handoverTasks];
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }
}
