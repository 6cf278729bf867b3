namespace Voice.Gateway.Sip;

/// <summary>What a REGISTER asks for once its Contact and Expires headers are read (RFC 3261 §10.2).</summary>
internal enum RegisterReading
{
    /// <summary>Malformed: answer 400.</summary>
    Invalid = 0,

    /// <summary>No Contact: report the current bindings (§10.2.3).</summary>
    Fetch,

    /// <summary><c>Contact: *</c> with <c>Expires: 0</c>: remove all bindings (§10.2.2).</summary>
    RemoveAll,

    /// <summary>Add, refresh or remove the listed contacts (§10.2.1).</summary>
    Update,
}
