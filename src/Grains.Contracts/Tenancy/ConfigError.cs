namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// One problem in a tenant configuration. <see cref="Path"/> names the offending value the way the YAML file and
/// the REST body spell it (for example "dns[3].number", "agents[0].skills[1].level").
/// </summary>
public sealed record ConfigError(ConfigErrorCode Code, string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message} ({Code})";
}
