using System.Text;

namespace Voice.Sip.Headers;

/// <summary>
/// <c>media-type = m-type SLASH m-subtype *(SEMI m-parameter)</c> (RFC 3261 §20.15, §25.1). Type and subtype
/// are kept as written; media types compare case-insensitively (RFC 2045 §5.1), so use <see cref="Is"/>.
/// </summary>
public sealed class ContentTypeHeader
{
    public ContentTypeHeader(string mediaType, string subType)
    {
        MediaType = mediaType;
        SubType = subType;
    }

    /// <summary>The top-level type ("application", "multipart"…).</summary>
    public string MediaType { get; }

    /// <summary>The subtype ("sdp", "mixed"…).</summary>
    public string SubType { get; }

    /// <summary>m-parameters; values kept as written (quotes included).</summary>
    public SipParameters Parameters { get; private set; } = new();

    public bool IsMultipart => string.Equals(MediaType, "multipart", StringComparison.OrdinalIgnoreCase);

    /// <summary>The multipart boundary with any quotes removed (RFC 2046 §5.1.1), or null.</summary>
    public string? Boundary => Parameters.GetUnquoted("boundary");

    /// <summary>The charset parameter with any quotes removed, or null.</summary>
    public string? Charset => Parameters.GetUnquoted("charset");

    /// <summary>True when the type is <paramref name="mediaType"/>/<paramref name="subType"/> (case-insensitive).</summary>
    public bool Is(string mediaType, string subType) =>
        string.Equals(MediaType, mediaType, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SubType, subType, StringComparison.OrdinalIgnoreCase);

    public ContentTypeHeader Clone() => new(MediaType, SubType) { Parameters = Parameters.Clone() };

    public override string ToString()
    {
        var sb = new StringBuilder(32).Append(MediaType).Append('/').Append(SubType);
        Parameters.AppendTo(sb);
        return sb.ToString();
    }
}
