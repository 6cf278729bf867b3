using Voice.Grains.Contracts.Tenancy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Voice.Grains.Tenancy.Yaml;

/// <summary>
/// Loads a tenant YAML file (format: docs/tenancy.md) into a validated <see cref="TenantConfig"/>. Clear-text
/// passwords in the file are hashed here (extensions: digest HA1 for the tenant domain; agents and admins:
/// PBKDF2), so the configuration that leaves the loader never holds a password.
/// </summary>
public static class TenantConfigLoader
{
    /// <exception cref="TenantConfigLoadException">Syntax, shape or validation errors, each with its line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TenantConfig LoadFile(string path, TenantLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = File.OpenText(path);
        return Load(reader, path, options);
    }

    /// <exception cref="TenantConfigLoadException">Syntax, shape or validation errors, each with its line.</exception>
    public static TenantConfig Load(TextReader reader, string sourceName, TenantLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var yaml = new YamlStream();
        try
        {
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            var error = new TenantLoadError(string.Empty, (int)e.Start.Line, (int)e.Start.Column, e.Message);
            throw new TenantConfigLoadException(sourceName, [error]);
        }

        if (yaml.Documents.Count != 1)
        {
            throw new TenantConfigLoadException(sourceName, [new TenantLoadError(string.Empty, 1, 1, $"expected one YAML document, found {yaml.Documents.Count}")]);
        }

        var tenantReader = new TenantYamlReader(options ?? TenantLoadOptions.Default);
        var config = tenantReader.ReadTenant(yaml.Documents[0].RootNode);
        if (tenantReader.Errors.Count > 0 || config is null)
        {
            throw new TenantConfigLoadException(sourceName, tenantReader.Errors);
        }

        var validation = TenantConfigValidator.Validate(config);
        if (!validation.IsValid)
        {
            throw new TenantConfigLoadException(sourceName, [.. validation.Errors.Select(e => ToLoadError(e, tenantReader))]);
        }

        return config;
    }

    private static TenantLoadError ToLoadError(ConfigError error, TenantYamlReader reader)
    {
        var mark = reader.Locate(error.Path);
        return new TenantLoadError(error.Path, (int)mark.Line, (int)mark.Column, error.Message, error.Code);
    }
}
