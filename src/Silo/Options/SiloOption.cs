namespace Voice.Silo.Options;

/// <summary>
/// One option: its command-line name, its environment variable, and how a text value is applied to the builder
/// (returning an error message without the source prefix, or null when the value is fine).
/// </summary>
internal sealed record SiloOption(string Name, string EnvironmentVariable, string ValueName, string Description, Func<SiloOptionsBuilder, string, string?> Apply);
