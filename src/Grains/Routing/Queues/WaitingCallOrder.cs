namespace Voice.Grains.Routing.Queues;

/// <summary>
/// The order calls are served in: put-back calls first, then higher priority, then older, then by call key
/// (only so that the order is total and the same on every node).
/// </summary>
public sealed class WaitingCallOrder : IComparer<WaitingCall>
{
    public static WaitingCallOrder Instance { get; } = new();

    public int Compare(WaitingCall? x, WaitingCall? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byHead = y.AtHead.CompareTo(x.AtHead);
        if (byHead != 0)
        {
            return byHead;
        }

        var byPriority = y.Priority.CompareTo(x.Priority);
        if (byPriority != 0)
        {
            return byPriority;
        }

        var byAge = x.EnqueuedAt.CompareTo(y.EnqueuedAt);
        return byAge != 0 ? byAge : string.CompareOrdinal(x.CallKey, y.CallKey);
    }
}
