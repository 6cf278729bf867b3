using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy.Yaml;

/// <summary>How <see cref="TenantConfigLoader"/> hashes the clear-text passwords it finds.</summary>
public sealed class TenantLoadOptions
{
    public static TenantLoadOptions Default { get; } = new();

    /// <summary>PBKDF2 iterations for agent and admin passwords (tests lower it to stay fast).</summary>
    public int PasswordIterations { get; init; } = PasswordHasher.DefaultIterations;
}
