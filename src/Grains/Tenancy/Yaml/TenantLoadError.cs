using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy.Yaml;

/// <summary>
/// One problem in a tenant YAML file: where (1-based line and column, and the path such as "dns[2].number") and
/// what. <see cref="Code"/> is set for validation errors, null for YAML syntax and shape errors.
/// </summary>
public sealed record TenantLoadError(string Path, int Line, int Column, string Message, ConfigErrorCode? Code = null)
{
    public override string ToString() => $"line {Line}, column {Column}: {Path}: {Message}";
}
