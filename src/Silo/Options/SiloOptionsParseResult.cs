namespace Voice.Silo.Options;

/// <summary>Parsed options, or the one error to print (exit code 2), or a request for the usage text.</summary>
public sealed record SiloOptionsParseResult(SiloOptions? Options, string? Error, bool HelpRequested = false)
{
    public bool Success => Options is not null;

    public static SiloOptionsParseResult Fail(string error) => new(null, error);
}
