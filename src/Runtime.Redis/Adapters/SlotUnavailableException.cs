using Voice.Runtime.Placement;

namespace Voice.Runtime.Redis.Adapters;

/// <summary>
/// No node can take calls for the slot right now: its lease is free (owner crashed or released it and nobody has
/// claimed it yet) or this node is handing it over. Transient: retry after about one lease renew interval.
/// </summary>
public sealed class SlotUnavailableException : PlacementUnavailableException
{
    public SlotUnavailableException()
        : this("The grain's slot has no owner at the moment.")
    {
    }

    public SlotUnavailableException(string message)
        : base(message)
    {
    }

    public SlotUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlotUnavailableException(int slot, string reason)
        : base($"Slot {slot} is unavailable ({reason}); retry shortly.")
    {
        Slot = slot;
    }

    public int Slot { get; }
}
