namespace Voice.Runtime.Redis.Options;

public sealed partial record RedisClusterOptions
{
    /// <summary>Throws <see cref="ArgumentException"/> when the options cannot give a working cluster.</summary>
    public RedisClusterOptions Validate()
    {
        if (string.IsNullOrEmpty(KeyPrefix))
        {
            throw new ArgumentException("KeyPrefix must not be empty.", nameof(KeyPrefix));
        }

        RequirePositive(HeartbeatInterval, nameof(HeartbeatInterval));
        RequirePositive(LeaseRenewInterval, nameof(LeaseRenewInterval));
        if (DeathTimeout <= HeartbeatInterval)
        {
            throw new ArgumentException("DeathTimeout must exceed HeartbeatInterval, or live nodes would flap out of the view.", nameof(DeathTimeout));
        }

        // A lease must survive at least one missed renewal, otherwise a single slow round trip loses every slot.
        if (LeaseTtl <= LeaseRenewInterval)
        {
            throw new ArgumentException("LeaseTtl must exceed LeaseRenewInterval.", nameof(LeaseTtl));
        }

        if (DeadNodeRetention < DeathTimeout)
        {
            throw new ArgumentException("DeadNodeRetention must be at least DeathTimeout.", nameof(DeadNodeRetention));
        }

        if (StreamMaxLength is < 1)
        {
            throw new ArgumentException("StreamMaxLength must be positive when set.", nameof(StreamMaxLength));
        }

        return this;
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} must be positive.", name);
        }
    }
}
