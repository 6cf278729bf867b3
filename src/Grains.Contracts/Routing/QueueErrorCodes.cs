namespace Voice.Grains.Contracts.Routing;

/// <summary>The <see cref="QueueResult.Error"/> values of a refused enqueue.</summary>
public static class QueueErrorCodes
{
    /// <summary>No virtual queue of the tenant carries this queue id (or the tenant has no configuration).</summary>
    public const string UnknownQueue = "UnknownQueue";

    /// <summary>An empty call key or one of another tenant, a priority outside 0–100, or a skill without a name or with a level outside 1–10.</summary>
    public const string InvalidArgument = "InvalidArgument";

    /// <summary>The call is ringing an agent of this queue right now.</summary>
    public const string AlreadyOffered = "AlreadyOffered";

    public const int MinPriority = 0;
    public const int MaxPriority = 100;
}
