using System.Diagnostics.CodeAnalysis;
using System.Text;
using Voice.Sip.Message;

namespace Voice.Sip.Sdp;

/// <summary>Entry points for parsing a message body as SDP. Bad input gives <see cref="SipError.MalformedSdp"/>.</summary>
public sealed partial class SessionDescription
{
    /// <summary>
    /// Parses SDP (lines ended by CRLF or a bare LF). <paramref name="detail"/> says which line was wrong and
    /// why, e.g. <c>line 6: m= port '70000' is not 0-65535</c>, for logs and the 400's Warning.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> sdp, [NotNullWhen(true)] out SessionDescription? description, out SipError error, out string? detail)
    {
        if (SdpParser.TryParse(Encoding.UTF8.GetString(sdp), out description, out detail))
        {
            error = SipError.None;
            return true;
        }

        error = SipError.MalformedSdp;
        return false;
    }

    public static bool TryParse(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out SessionDescription? description, out SipError error, out string? detail) =>
        TryParse(body.Span, out description, out error, out detail);

    public static bool TryParse(byte[] sdp, [NotNullWhen(true)] out SessionDescription? description, out SipError error, out string? detail) =>
        TryParse(sdp.AsSpan(), out description, out error, out detail);

    public static bool TryParse(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out SessionDescription? description, out SipError error) =>
        TryParse(body.Span, out description, out error, out _);

    /// <summary>Parses, throwing <see cref="FormatException"/> with the detail; for trusted input such as configuration and tests.</summary>
    public static SessionDescription Parse(string sdp) =>
        TryParse(Encoding.UTF8.GetBytes(sdp), out var description, out _, out var detail)
            ? description
            : throw new FormatException(detail);
}
