namespace Voice.Grains.Calls;

/// <summary>The <c>CallType</c> of call events.</summary>
public static class CallTypes
{
    /// <summary>From a trunk to a DN of the tenant.</summary>
    public const string Inbound = "Inbound";

    /// <summary>From an extension to a DN of the same tenant.</summary>
    public const string Internal = "Internal";

    /// <summary>From an extension to an external number through a trunk.</summary>
    public const string Outbound = "Outbound";
}
