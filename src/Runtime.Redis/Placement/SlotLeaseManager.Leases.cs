using Voice.Redis.Protocol;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Redis.Placement;

public sealed partial class SlotLeaseManager
{
    /// <summary>The lease holder of <paramref name="slot"/> read from Redis now (not the cache); null when free.</summary>
    public async Task<SlotOwner?> GetOwnerAsync(int slot, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, SlotHasher.SlotCount);
        RedisReply reply = await _client.ExecuteAsync("HMGET", [_keys.Lease(slot), "owner", "epoch"], cancellationToken).ConfigureAwait(false);
        string? owner = reply.Elements[0].AsString();
        return owner is null ? null : new SlotOwner(owner, reply.Elements[1].ToValue().ToInt64());
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        KeyValuePair<int, long>[] owned;
        lock (_lock)
        {
            owned = [.. _owned];
        }

        long sentAt = _timeProvider.GetTimestamp();
        if (owned.Length > 0)
        {
            RedisValue[] keys = [.. owned.Select(pair => (RedisValue)_keys.Lease(pair.Key))];
            RedisValue[] arguments = [NodeId, TtlMilliseconds, .. owned.Select(pair => (RedisValue)pair.Value)];
            RedisReply reply = await RenewScript.EvaluateAsync(_client, keys, arguments, cancellationToken).ConfigureAwait(false);
            Forget(owned.Where((_, i) => reply.Elements[i].AsInt64() == 0).Select(pair => pair.Key));
        }

        // The server started each lease's TTL after we sent the script, so counting from the send time is conservative.
        Interlocked.Exchange(ref _leasesValidUntil, sentAt + (long)(_options.LeaseTtl.TotalSeconds * _timeProvider.TimestampFrequency));
    }

    private async Task ClaimAsync(List<int> slots, CancellationToken cancellationToken)
    {
        if (slots.Count == 0)
        {
            return;
        }

        RedisValue[] keys = [.. slots.SelectMany(slot => new RedisValue[] { _keys.Lease(slot), _keys.Epoch(slot) })];
        RedisReply reply = await ClaimScript.EvaluateAsync(_client, keys, [NodeId, TtlMilliseconds], cancellationToken).ConfigureAwait(false);
        List<(int Slot, long Epoch)> acquired = [];
        lock (_lock)
        {
            for (int i = 0; i < slots.Count; i++)
            {
                long epoch = reply.Elements[i].AsInt64();
                if (epoch > 0 && _owned.TryAdd(slots[i], epoch))
                {
                    acquired.Add((slots[i], epoch));
                }
            }

            PublishOwned();
        }

        Table.Set([.. acquired.Select(claim => (claim.Slot, (SlotOwner?)new SlotOwner(NodeId, claim.Epoch)))]);
        foreach ((int slot, long epoch) in acquired)
        {
            Log.SlotAcquired(_logger, NodeId, slot, epoch);
            Raise(() => SlotAcquired?.Invoke(slot, epoch));
        }
    }

    private async Task RefreshTableAsync(CancellationToken cancellationToken)
    {
        RedisReply reply = await ReadTableScript.EvaluateAsync(_client, [], [_keys.Prefix + "slot:", SlotHasher.SlotCount], cancellationToken).ConfigureAwait(false);
        var owners = new SlotOwner?[SlotHasher.SlotCount];
        for (int slot = 0; slot < owners.Length; slot++)
        {
            string? owner = reply.Elements[2 * slot].AsString();
            owners[slot] = string.IsNullOrEmpty(owner) ? null : new SlotOwner(owner, reply.Elements[(2 * slot) + 1].AsInt64());
        }

        lock (_lock)
        {
            // This node's own view of its slots is authoritative for itself (set by claim/renew/release).
            for (int slot = 0; slot < owners.Length; slot++)
            {
                owners[slot] = _owned.TryGetValue(slot, out long epoch) ? new SlotOwner(NodeId, epoch)
                    : owners[slot]?.NodeId == NodeId ? null : owners[slot];
            }

            Table.Replace(owners);
        }
    }

    private long TtlMilliseconds => (long)_options.LeaseTtl.TotalMilliseconds;
}
