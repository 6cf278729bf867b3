namespace Voice.Grains.Tenancy.Yaml;

/// <summary>A tenant file could not be loaded; <see cref="Errors"/> lists every problem with its line.</summary>
public sealed class TenantConfigLoadException : Exception
{
    public TenantConfigLoadException()
        : this("tenant configuration", [])
    {
    }

    public TenantConfigLoadException(string message)
        : this(message, [])
    {
    }

    public TenantConfigLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
        Errors = [];
    }

    public TenantConfigLoadException(string source, IReadOnlyList<TenantLoadError> errors)
        : base(FormatMessage(source, errors))
    {
        SourceName = source;
        Errors = errors;
    }

    /// <summary>The file (or name given to the loader) the errors are in.</summary>
    public string SourceName { get; }

    public IReadOnlyList<TenantLoadError> Errors { get; }

    private static string FormatMessage(string source, IReadOnlyList<TenantLoadError> errors) =>
        errors.Count == 0
            ? $"{source}: cannot load tenant configuration"
            : $"{source}: {errors.Count} error(s) in tenant configuration:{Environment.NewLine}"
              + string.Join(Environment.NewLine, errors.Select(e => $"  {source}:{e}"));
}
