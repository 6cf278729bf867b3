namespace Voice.Grains.Routing.Queues;

/// <summary>The calls waiting in one queue, kept in <see cref="WaitingCallOrder"/>; one entry per call key.</summary>
public sealed class WaitingList
{
    private readonly SortedSet<WaitingCall> _ordered = new(WaitingCallOrder.Instance);
    private readonly Dictionary<string, WaitingCall> _byKey = new(StringComparer.Ordinal);

    public int Count => _byKey.Count;

    /// <summary>The waiting calls, first served first.</summary>
    public IReadOnlyList<WaitingCall> Ordered => [.. _ordered];

    /// <summary>Adds a call; a call already waiting is replaced (a strategy re-queueing it with new skills or priority).</summary>
    public void Add(WaitingCall call)
    {
        Remove(call.CallKey);
        _byKey.Add(call.CallKey, call);
        _ordered.Add(call);
    }

    /// <summary>Removes a call (delivered, abandoned, overflowed); false when it was not waiting.</summary>
    public bool Remove(string callKey)
    {
        if (!_byKey.Remove(callKey, out var call))
        {
            return false;
        }

        _ordered.Remove(call);
        return true;
    }

    public bool Contains(string callKey) => _byKey.ContainsKey(callKey);

    /// <summary>
    /// Puts back a call whose offer failed (agent did not answer): it keeps its enqueue time and goes to the head.
    /// </summary>
    public void PutBack(WaitingCall call) => Add(call with { AtHead = true });

    /// <summary>The earliest enqueue time, or null when nobody waits (not always the first call: priority comes first).</summary>
    public DateTimeOffset? OldestEnqueuedAt => _byKey.Count == 0 ? null : _byKey.Values.Min(c => c.EnqueuedAt);
}
