namespace Voice.Silo.Endpoints;

/// <summary>One problem in a submitted tenant YAML.</summary>
internal sealed record TenantErrorItem(int Line, int Column, string Path, string Message, string? Code);
