using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;

namespace Voice.Grains.Tenancy;

/// <summary>
/// Holds one tenant's configuration (key = tenant id) and answers the SIP gateway's per-request lookups from a
/// compiled copy, so no lookup parses patterns or CIDRs again.
/// </summary>
public sealed class TenantGrain : Grain<TenantState>, ITenantGrain
{
    private CompiledTenant? _compiled;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _compiled = State.Config is null ? null : CompiledTenant.Compile(State.Config);
        return Task.CompletedTask;
    }

    public Task<TenantConfig?> GetConfigAsync() => Task.FromResult(State.Config);

    public async Task<ApplyConfigResult> ApplyAsync(TenantConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var currentVersion = State.Config?.Version ?? 0;
        var errors = new List<ConfigError>(TenantConfigValidator.Validate(config).Errors);
        if (config.TenantId is not null && !string.Equals(config.TenantId, Key, StringComparison.Ordinal))
        {
            errors.Add(new ConfigError(ConfigErrorCode.TenantIdMismatch, "tenantId", $"configuration is for tenant '{config.TenantId}' but was sent to tenant '{Key}'"));
        }

        if (errors.Count > 0)
        {
            return new ApplyConfigResult(false, currentVersion, errors);
        }

        // Claim the domain and trunk networks first: a config another tenant conflicts with is never stored.
        // Should the state write below fail, the directory already points here; applying again repairs both.
        var entry = new TenantDirectoryEntry(Key, config.SipDomain, [.. config.Trunks.SelectMany(t => t.SourceAcl)]);
        var claimErrors = await TenantDirectory.Get(GrainFactory).UpdateTenantAsync(entry);
        if (claimErrors.Count > 0)
        {
            return new ApplyConfigResult(false, currentVersion, claimErrors);
        }

        var stored = config with { Version = currentVersion + 1 };
        var compiled = CompiledTenant.Compile(stored);
        var previous = State.Config;
        State.Config = stored;
        try
        {
            await WriteStateAsync();
        }
        catch
        {
            State.Config = previous;
            throw;
        }

        _compiled = compiled;
        return new ApplyConfigResult(true, stored.Version, []);
    }

    public Task<DestinationResult> ResolveDestinationAsync(string dialled, CallerKind callerKind, string? trunkName) =>
        Task.FromResult(_compiled?.Resolve(dialled, callerKind, trunkName) ?? DestinationResult.NotFound($"tenant '{Key}' has no configuration"));

    public Task<DigestCredentials?> GetDigestCredentialsAsync(string dn) => Task.FromResult(_compiled?.GetDigestCredentials(dn));

    public Task<TrunkConfig?> MatchTrunkAsync(string sourceAddress) => Task.FromResult(_compiled?.MatchTrunk(sourceAddress));
}
