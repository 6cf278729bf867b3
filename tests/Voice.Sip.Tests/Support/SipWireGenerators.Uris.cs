using FsCheck;
using FsCheck.Fluent;

namespace Voice.Sip.Tests.Support;

/// <summary>URI and name-addr pieces: sip/sips/tel URIs with escapes, parameters and IPv6 hosts; display names.</summary>
internal static partial class SipWireGenerators
{
    private static readonly string[] Escapes = ["%41", "%2c", "%3B", "%40", "%20", "%e2%98%8e", "%25"];

    public static Gen<string> Token(int maxLength = 12) =>
        Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~".ToCharArray())
            .ArrayOf().Where(a => a.Length is > 0 and <= 12 && a.Length <= maxLength)
            .Select(a => new string(a));

    private static Gen<string> Word =>
        Gen.Elements("alice", "bob", "agent7", "queue-1", "x.y", "u_v", "tel+1", "Caller").Select(s => s);

    private static Gen<string> UserPart =>
        Gen.Elements("alice", "bob.smith", "+15550100", "a-b_c.d!e~f*g'h(i)j", "u;par=x", "ag&nt=1", "$1,2?3/4")
            .SelectMany(u => Gen.Elements(Escapes).OrNull(), (u, e) => e is null ? u : u + e);

    private static Gen<string> Host =>
        Gen.OneOf(
            Gen.Elements("example.com", "cc.example.net", "a-b.example.org", "host_1.example", "EXAMPLE.COM"),
            Gen.Choose(1, 254).Select(n => $"192.0.2.{n}"),
            Gen.Elements("[2001:db8::1]", "[2001:db8:0:0:1:0:0:1]", "[::1]", "[::ffff:192.0.2.9]", "[2001:DB8::abcd:9]"));

    private static Gen<string> UriParameters =>
        Gen.Elements(";transport=tcp", ";lr", ";user=phone", ";x-p=a%20b", ";maddr=[2001:db8::7]", ";method=INVITE", ";ttl=3", "")
            .ListOf(3).Select(list => string.Concat(list.Distinct()));

    public static Gen<string> SipUri =>
        from scheme in Gen.Elements("sip", "sips", "SIP")
        from user in UserPart.OrNull()
        from host in Host
        from port in Gen.OneOf(Gen.Constant(string.Empty), Gen.Choose(1, 65535).Select(p => $":{p}"))
        from parameters in UriParameters
        select $"{scheme}:{(user is null ? string.Empty : user + "@")}{host}{port}{parameters}";

    public static Gen<string> TelUri =>
        Gen.Elements("tel:+1-201-555-0123", "tel:7042;phone-context=example.com", "tel:+44(0)20.7946.0000", "tel:*61#")
            .Select(s => s);

    public static Gen<string> RequestUri => Gen.Frequency((4, SipUri), (1, TelUri));

    /// <summary>Nothing, a token list, or a quoted-string with quoted-pairs and UTF-8.</summary>
    public static Gen<string?> DisplayName =>
        Gen.OneOf(
            Gen.Constant<string?>(null),
            Word.ListOf(3).Where(l => l.Count > 0).Select(l => (string?)string.Join(" ", l)),
            Gen.Elements("Joe \\\"the\\\" Agent", "back\\\\slash", "Ünïcødé ☎", "comma, semi; <angle>", "", "tab\there")
                .Select(s => (string?)$"\"{s}\""));

    public static Gen<string> HeaderParameters =>
        Gen.Elements(";x-a=1", ";flag", ";q=0.5", ";note=\"a;b, <c>\"", ";expires=60", ";+sip.instance=\"<urn:uuid:1>\"", ";received=[2001:db8::2]")
            .ListOf(2).Select(list => string.Concat(list.Distinct()));

    /// <summary>name-addr (with or without display name) or, when it has no ';' or '?' issue, an addr-spec.</summary>
    public static Gen<string> NameAddress(string tag) =>
        from display in DisplayName
        from uri in SipUri
        from parameters in HeaderParameters
        from spacing in Gen.Elements("", " ", "  ", "\t")
        select $"{display}{(display is null ? string.Empty : spacing)}<{uri}>{tag}{parameters}";
}
