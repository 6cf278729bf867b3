using System.Net;
using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;

namespace Voice.Grains.Tenancy;

/// <summary>
/// Maps SIP domains and trunk source networks to tenant ids for the gateway's first question about a request:
/// "whose is this?". Updated by <see cref="TenantGrain"/> on apply; a domain or network belongs to one tenant.
/// </summary>
public sealed class TenantDirectoryGrain : Grain<TenantDirectoryState>, ITenantDirectoryGrain
{
    // RFC 3261 §19.1.4: host names compare case-insensitively.
    private Dictionary<string, string> _tenantByDomain = new(StringComparer.OrdinalIgnoreCase);
    private (IPNetwork Network, string TenantId)[] _networks = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Rebuild();
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<ConfigError>> UpdateTenantAsync(TenantDirectoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var errors = FindConflicts(entry);
        if (errors.Count > 0)
        {
            return errors;
        }

        var index = State.Tenants.FindIndex(t => t.TenantId == entry.TenantId);
        if (index >= 0 && SameEntry(State.Tenants[index], entry))
        {
            return [];
        }

        var previous = State.Tenants;
        State.Tenants = [.. previous.Where(t => t.TenantId != entry.TenantId), entry];
        try
        {
            await WriteStateAsync();
        }
        catch
        {
            State.Tenants = previous;
            throw;
        }

        Rebuild();
        return [];
    }

    public Task<string?> FindByDomainAsync(string domain) =>
        Task.FromResult(domain is null ? null : _tenantByDomain.GetValueOrDefault(domain.TrimEnd('.')));

    public Task<string?> FindBySourceAddressAsync(string sourceAddress)
    {
        if (!Cidr.TryParseAddress(sourceAddress, out var address))
        {
            return Task.FromResult<string?>(null);
        }

        var match = _networks.FirstOrDefault(n => n.Network.Contains(address));
        return Task.FromResult<string?>(match.TenantId);
    }

    private List<ConfigError> FindConflicts(TenantDirectoryEntry entry)
    {
        var errors = new List<ConfigError>();
        // Messages do not name the other tenant: one tenant's administrator must not learn about another.
        if (_tenantByDomain.TryGetValue(entry.SipDomain, out var owner) && owner != entry.TenantId)
        {
            errors.Add(new ConfigError(ConfigErrorCode.DomainClaimed, "sipDomain", $"domain '{entry.SipDomain}' belongs to another tenant"));
        }

        foreach (var cidr in entry.TrunkNetworks)
        {
            if (!Cidr.TryParse(cidr, out var network, out var error))
            {
                errors.Add(new ConfigError(ConfigErrorCode.InvalidCidr, "trunks", $"bad CIDR '{cidr}': {error}"));
            }
            else if (_networks.Any(n => n.TenantId != entry.TenantId && Cidr.Overlaps(n.Network, network)))
            {
                errors.Add(new ConfigError(ConfigErrorCode.AddressClaimed, "trunks", $"network {cidr} overlaps a trunk network of another tenant"));
            }
        }

        return errors;
    }

    private static bool SameEntry(TenantDirectoryEntry a, TenantDirectoryEntry b) =>
        string.Equals(a.SipDomain, b.SipDomain, StringComparison.OrdinalIgnoreCase) && a.TrunkNetworks.SequenceEqual(b.TrunkNetworks);

    private void Rebuild()
    {
        _tenantByDomain = State.Tenants.ToDictionary(t => t.SipDomain, t => t.TenantId, StringComparer.OrdinalIgnoreCase);
        _networks = [.. State.Tenants
            .SelectMany(t => t.TrunkNetworks.Select(c => (Ok: Cidr.TryParse(c, out var n, out _), Network: n, t.TenantId)))
            .Where(x => x.Ok)
            .Select(x => (x.Network, x.TenantId))
            .OrderByDescending(x => x.Network.PrefixLength)];
    }
}
