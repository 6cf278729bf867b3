namespace Voice.Runtime.Placement;

/// <summary>
/// The grain's slot has no node to take calls right now (its owner died and nobody holds the lease yet, or the slot
/// is being handed over). Transient: the runtime waits and routes the call again until the call's deadline.
/// </summary>
public class PlacementUnavailableException : Exception
{
    public PlacementUnavailableException()
        : this("The grain's slot has no owner at the moment.")
    {
    }

    public PlacementUnavailableException(string message)
        : base(message)
    {
    }

    public PlacementUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
