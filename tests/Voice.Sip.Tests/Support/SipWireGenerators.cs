using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Voice.Sip.Tests.Support;

/// <summary>
/// FsCheck generators for whole SIP messages on the wire (bytes that a well-behaved but adventurous peer
/// could send): random methods including extension ones, assorted URIs, compact names, folding, unknown
/// headers, comma lists and bodies. Every generated message is valid, so it must parse.
/// </summary>
internal static partial class SipWireGenerators
{
    public static Gen<string> Method =>
        Gen.Elements("INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "INFO", "UPDATE", "PRACK", "SUBSCRIBE",
            "NOTIFY", "REFER", "MESSAGE", "PUBLISH", "WIBBLE", "X-EXT.v2", "foo_bar", "NEW-METHOD!");

    public static Gen<byte[]> Request =>
        from method in Method
        from uri in RequestUri
        from version in Gen.Elements("SIP/2.0", "sip/2.0")
        from common in CommonHeaders(method)
        select Assemble($"{method} {uri} {version}\r\n", common);

    public static Gen<byte[]> Response =>
        from status in Gen.Choose(100, 699)
        from reason in Gen.Elements("OK", "Ringing", "", "Très bien ☎", "Not  Found  here", "x")
        from method in Method
        from common in CommonHeaders(method)
        select Assemble($"SIP/2.0 {status} {reason}\r\n", common);

    public static Gen<byte[]> Message => Gen.OneOf(Request, Response);

    /// <summary>Mandatory headers in a random order plus extras, and a body with its Content-Length.</summary>
    private static Gen<(string Headers, string? ContentType, byte[] Body)> CommonHeaders(string method) =>
        from branch in Token(8)
        from vias in ViaLines(branch.Replace("%", "p", StringComparison.Ordinal))
        from fromLine in Line("From", "f", NameAddress(";tag=" + branch.Replace("%", "p", StringComparison.Ordinal)))
        from to in Line("To", "t", NameAddress(string.Empty))
        from callId in Line("Call-ID", "i", Token().Select(t => t + "@example.com"))
        from cseq in Line("CSeq", null, Gen.Choose(0, int.MaxValue).Select(n => $"{n} {method}"))
        from maxForwards in Line("Max-Forwards", null, Gen.Choose(1, 255).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        from order in Gen.Shuffle(new[] { fromLine, to, callId, cseq, maxForwards })
        from extras in ExtraHeaders
        from body in Body
        select (vias + string.Concat(order) + extras, body.ContentType, body.Body);

    private static byte[] Assemble(string startLine, (string Headers, string? ContentType, byte[] Body) parts)
    {
        var head = new StringBuilder(startLine).Append(parts.Headers);
        if (parts.ContentType is not null)
        {
            head.Append("Content-Type: ").Append(parts.ContentType).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(parts.Body.Length).Append("\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(head.ToString()), .. parts.Body];
    }
}
