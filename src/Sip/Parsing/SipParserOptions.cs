namespace Voice.Sip.Parsing;

/// <summary>Limits that keep hostile input bounded. Defaults suit a UDP/TCP edge facing the internet.</summary>
public sealed record SipParserOptions
{
    public static readonly SipParserOptions Default = new();

    /// <summary>Largest accepted message, start line to end of body (513 beyond it). UDP cannot exceed 65,535 anyway.</summary>
    public int MaxMessageSize { get; init; } = 64 * 1024;

    /// <summary>Most header fields in one message (513 beyond it).</summary>
    public int MaxHeaders { get; init; } = 256;

    /// <summary>Longest single header line, folds included (513 beyond it).</summary>
    public int MaxHeaderLineLength { get; init; } = 8 * 1024;

    /// <summary>Run <see cref="SipMessageValidator"/> as part of parsing.</summary>
    public bool Validate { get; init; } = true;
}
