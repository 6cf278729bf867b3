namespace Voice.Sip.Auth;

/// <summary>
/// Bounded, expiring memory of nonce → highest nonce-count seen. RFC 7616 §3.4: a server that tracks nc can
/// refuse a request whose nc is not greater than the last one, which defeats replays. When full, the oldest
/// entry is evicted and every nonce issued no later than it becomes "forgotten" (answered as stale) — so
/// eviction under a flood never reopens a replay window, it only forces a fresh challenge.
/// </summary>
public sealed class NonceCountTracker
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _insertionOrder = new();
    private readonly int _capacity;
    private readonly TimeProvider _time;
    private DateTimeOffset _forgottenUpTo = DateTimeOffset.MinValue;

    public NonceCountTracker(int capacity, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _time = time;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Records a use of <paramref name="nonce"/> with count <paramref name="nc"/>; it must exceed every earlier one.</summary>
    public NonceUse TryUse(string nonce, DateTimeOffset issuedAt, DateTimeOffset expiresAt, long nc)
    {
        lock (_gate)
        {
            DropExpired();
            if (_entries.TryGetValue(nonce, out var entry))
            {
                if (nc <= entry.HighestCount)
                {
                    return NonceUse.Replayed;
                }

                _entries[nonce] = entry with { HighestCount = nc };
                return NonceUse.Accepted;
            }

            if (issuedAt <= _forgottenUpTo)
            {
                return NonceUse.Forgotten;
            }

            if (_entries.Count >= _capacity)
            {
                EvictOldest();
            }

            _entries[nonce] = new Entry(nc, issuedAt, expiresAt);
            _insertionOrder.Enqueue(nonce);
            return NonceUse.Accepted;
        }
    }

    // Nonces are issued and first used roughly in time order, so the queue front is (nearly) the first to expire.
    private void DropExpired()
    {
        var now = _time.GetUtcNow();
        while (_insertionOrder.TryPeek(out var oldest) && _entries[oldest].ExpiresAt < now)
        {
            _entries.Remove(_insertionOrder.Dequeue());
        }
    }

    private void EvictOldest()
    {
        var nonce = _insertionOrder.Dequeue();
        var evicted = _entries[nonce];
        _entries.Remove(nonce);
        if (evicted.IssuedAt > _forgottenUpTo)
        {
            _forgottenUpTo = evicted.IssuedAt;
        }
    }

    private readonly record struct Entry(long HighestCount, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
}
