namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// What <see cref="ITenantGrain.ApplyAsync"/> did: on success the new <see cref="Version"/>; on rejection the
/// errors, and <see cref="Version"/> is the version still in force (0 when the tenant has none).
/// </summary>
public sealed record ApplyConfigResult(bool Applied, long Version, IReadOnlyList<ConfigError> Errors);
