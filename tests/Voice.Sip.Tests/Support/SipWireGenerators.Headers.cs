using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Voice.Sip.Tests.Support;

/// <summary>Header lines (long or compact names, folding, lists, unknown headers) and bodies.</summary>
internal static partial class SipWireGenerators
{
    /// <summary>Picks the long or the compact name (RFC 3261 §7.3.3) and a spacing style around the colon.</summary>
    public static Gen<string> Name(string longName, string? compact) =>
        from useCompact in Gen.Elements(false, compact is not null)
        from caseStyle in Gen.Choose(0, 2)
        from beforeColon in Gen.Elements("", "", " ", "\t")
        let name = useCompact ? compact! : caseStyle switch { 1 => longName.ToUpperInvariant(), 2 => longName.ToLowerInvariant(), _ => longName }
        select name + beforeColon + ":";

    /// <summary>Joins a name and value, sometimes with no space after the colon and sometimes folding at a space.</summary>
    public static Gen<string> Line(string longName, string? compact, Gen<string> value) =>
        from name in Name(longName, compact)
        from v in value
        from afterColon in Gen.Elements(" ", "", "   ", "\t")
        from fold in Gen.Elements(false, false, true)
        from foldWith in Gen.Elements("\r\n ", "\r\n\t", "\r\n   ")
        select name + afterColon + (fold ? FoldAtFirstSpace(v, foldWith) : v) + "\r\n";

    public static Gen<string> Via(string branch) =>
        from transport in Gen.Elements("UDP", "TCP", "TLS", "udp", "WS", "SCTP")
        from host in Host
        from port in Gen.OneOf(Gen.Constant(string.Empty), Gen.Choose(1024, 65535).Select(p => $":{p}"))
        from slashSpace in Gen.Elements("", " ")
        from extra in Gen.Elements("", ";rport", ";received=192.0.2.1", ";received=[2001:db8::9]", ";ttl=16;maddr=192.0.2.5", ";x-v")
        select $"SIP{slashSpace}/{slashSpace}2.0/{transport} {host}{port};branch=z9hG4bK{branch}{extra}";

    public static Gen<string> ViaLines(string branch) =>
        from count in Gen.Choose(1, 3)
        from perField in Gen.Elements(true, false)
        from values in Gen.CollectToList(Enumerable.Range(0, count).Select(i => Via(branch + i)))
        from lines in perField
            ? Gen.CollectToList(values.Select(v => Line("Via", "v", Gen.Constant(v)))).Select(l => string.Concat(l))
            : Line("Via", "v", Gen.Constant(string.Join(", ", values)))
        select lines;

    public static Gen<string> UnknownHeader =>
        from name in Token().Where(t => global::Voice.Sip.Message.HeaderNames.Lookup(t) == global::Voice.Sip.Message.HeaderKind.Unknown && t.Length > 1)
        from value in Gen.Elements("plain value", "", "with \"quotes, and commas\"", "<sip:x@example.com>, <tel:+1>", "ünïcødé ✓", "a;b=c;d", "x  y\tz")
        from line in Line(name, null, Gen.Constant(value))
        select line;

    /// <summary>Optional extra headers: token lists (possibly split over several fields), routes, extension headers.</summary>
    public static Gen<string> ExtraHeaders =>
        Gen.OneOf(
            Line("Supported", "k", Gen.Elements("timer, 100rel", "replaces", "", "norefersub,timer")),
            Line("Route", null, NameAddress(string.Empty).ListOf(3).Where(l => l.Count > 0).Select(l => string.Join(", ", l))),
            Line("Record-Route", null, NameAddress(string.Empty)),
            Line("Contact", "m", NameAddress(string.Empty)),
            Line("Subject", "s", Gen.Elements("hello world", "Grüße ☎", "a  b", "")),
            Line("Allow-Events", "u", Gen.Elements("refer, presence.winfo", "dialog")),
            Line("Reason", null, Gen.Elements("SIP;cause=200;text=\"done, ok\"", "Q.850;cause=16")),
            Line("Event", "o", Gen.Elements("refer;id=7", "presence")),
            Line("Referred-By", "b", NameAddress(string.Empty)),
            UnknownHeader)
        .ListOf(6).Select(string.Concat);

    /// <summary>(Content-Type value or null, body bytes): none, SDP, binary, or a multipart/mixed body passed through.</summary>
    public static Gen<(string? ContentType, byte[] Body)> Body =>
        Gen.OneOf(
            Gen.Constant<(string?, byte[])>((null, [])),
            Gen.Constant<(string?, byte[])>(("application/sdp", Encoding.ASCII.GetBytes("v=0\r\no=- 1 1 IN IP6 2001:db8::1\r\ns=-\r\nc=IN IP6 2001:db8::1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n"))),
            Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().Select(b => ((string?)"application/octet-stream", b)),
            Gen.Elements("b1", "simple-boundary", "\"quoted boundary\"").Select(Multipart));

    private static (string?, byte[]) Multipart(string boundary)
    {
        var b = boundary.Trim('"');
        var text = $"--{b}\r\nContent-Type: application/sdp\r\n\r\nv=0\r\n\r\n--{b}\r\nContent-Type: text/plain\r\n\r\nsecond part\r\n--{b}--\r\n";
        return ($"multipart/mixed;boundary={boundary}", Encoding.ASCII.GetBytes(text));
    }

    private static string FoldAtFirstSpace(string value, string fold)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space <= 0 ? value : value[..space] + fold + value[(space + 1)..];
    }
}
