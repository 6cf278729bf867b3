namespace Voice.Redis.Commands;

/// <summary>When SET may write.</summary>
public enum RedisSetCondition
{
    /// <summary>Always.</summary>
    Always,

    /// <summary>NX: only when the key does not exist (locks, leases).</summary>
    IfNotExists,

    /// <summary>XX: only when the key exists.</summary>
    IfExists,
}
