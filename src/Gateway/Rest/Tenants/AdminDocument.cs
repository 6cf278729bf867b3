using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>A user of this API: <see cref="Role"/> admin (default) or supervisor.</summary>
public sealed record AdminDocument(string Name, string? Password = null, PasswordHash? PasswordHash = null, string? Role = null)
{
    public override string ToString() => $"AdminDocument({Name}, {Role}, secret redacted)";
}
