namespace Voice.Grains.Contracts.Tenancy;

/// <summary>The outcome of validating a tenant configuration: valid when <see cref="Errors"/> is empty.</summary>
public sealed record ConfigValidationResult(IReadOnlyList<ConfigError> Errors)
{
    public static ConfigValidationResult Valid { get; } = new([]);

    public bool IsValid => Errors.Count == 0;
}
