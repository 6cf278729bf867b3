using Microsoft.AspNetCore.Http;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// What an edit of the configuration decided: a new configuration to apply (and the answer to give once applied), or
/// an answer right away (not found, invalid) without applying anything.
/// </summary>
internal sealed record TenantEdit(TenantConfig? Config, Func<TenantConfig, IResult>? OnApplied, IResult? Answer)
{
    public static TenantEdit Apply(TenantConfig config, Func<TenantConfig, IResult> onApplied) => new(config, onApplied, null);

    public static TenantEdit Stop(IResult answer) => new(null, null, answer);
}
