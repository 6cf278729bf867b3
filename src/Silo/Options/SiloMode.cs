namespace Voice.Silo.Options;

/// <summary>How the node stores grain state and finds its peers.</summary>
public enum SiloMode
{
    /// <summary>One node owns every slot; state, events and reminders live in memory (no Redis).</summary>
    Embedded,

    /// <summary>Membership, slot leases, state, events and reminders in Redis; node-to-node calls over h2c.</summary>
    Cluster,
}
