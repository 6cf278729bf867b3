namespace Voice.Sip.Message;

/// <summary>
/// Maps header names (long and RFC 3261 §7.3.3 compact forms, case-insensitive) to <see cref="HeaderKind"/>
/// without allocating, and gives each kind its canonical spelling.
/// </summary>
public static class HeaderNames
{
    private static readonly string[] Canonical = BuildCanonical();
    private static readonly byte[][] CanonicalBytes = Array.ConvertAll(Canonical, s => System.Text.Encoding.ASCII.GetBytes(s ?? string.Empty));
    private static readonly HeaderKind[] CompactByLetter = BuildCompact();
    private static readonly (byte[] Lower, HeaderKind Kind)[][] ByLength = BuildByLength();

    /// <summary>The canonical long name of a known header (e.g. "Call-ID").</summary>
    public static string CanonicalName(HeaderKind kind) => Canonical[(int)kind];

    internal static ReadOnlySpan<byte> CanonicalNameBytes(HeaderKind kind) => CanonicalBytes[(int)kind];

    /// <summary>Looks a header name up; returns <see cref="HeaderKind.Unknown"/> for names the stack does not know.</summary>
    public static HeaderKind Lookup(ReadOnlySpan<byte> name)
    {
        if (name.Length == 1)
        {
            var c = (byte)(name[0] | 0x20);
            return c is >= (byte)'a' and <= (byte)'z' ? CompactByLetter[c - 'a'] : HeaderKind.Unknown;
        }

        if (name.IsEmpty || name.Length >= ByLength.Length)
        {
            return HeaderKind.Unknown;
        }

        // Most names of one length differ in their first letter: compare that before the whole name.
        var first = (byte)(name[0] | 0x20);
        foreach (var (lower, kind) in ByLength[name.Length])
        {
            if (lower[0] == first && EqualsLowerAscii(name, lower))
            {
                return kind;
            }
        }

        return HeaderKind.Unknown;
    }

    public static HeaderKind Lookup(string name) =>
        Lookup(System.Text.Encoding.ASCII.GetBytes(name));

    /// <summary>Compares <paramref name="candidate"/> case-insensitively with an already lower-cased ASCII name.</summary>
    internal static bool EqualsLowerAscii(ReadOnlySpan<byte> candidate, ReadOnlySpan<byte> lower)
    {
        if (candidate.Length != lower.Length)
        {
            return false;
        }

        for (var i = 0; i < candidate.Length; i++)
        {
            var c = candidate[i];
            if (c is >= (byte)'A' and <= (byte)'Z')
            {
                c |= 0x20;
            }

            if (c != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string[] BuildCanonical()
    {
        var names = new string[Enum.GetValues<HeaderKind>().Length];
        names[(int)HeaderKind.Unknown] = string.Empty;
        names[(int)HeaderKind.Via] = "Via";
        names[(int)HeaderKind.From] = "From";
        names[(int)HeaderKind.To] = "To";
        names[(int)HeaderKind.CallId] = "Call-ID";
        names[(int)HeaderKind.CSeq] = "CSeq";
        names[(int)HeaderKind.Contact] = "Contact";
        names[(int)HeaderKind.MaxForwards] = "Max-Forwards";
        names[(int)HeaderKind.Route] = "Route";
        names[(int)HeaderKind.RecordRoute] = "Record-Route";
        names[(int)HeaderKind.Expires] = "Expires";
        names[(int)HeaderKind.MinExpires] = "Min-Expires";
        names[(int)HeaderKind.Authorization] = "Authorization";
        names[(int)HeaderKind.WwwAuthenticate] = "WWW-Authenticate";
        names[(int)HeaderKind.ProxyAuthenticate] = "Proxy-Authenticate";
        names[(int)HeaderKind.ProxyAuthorization] = "Proxy-Authorization";
        names[(int)HeaderKind.ContentType] = "Content-Type";
        names[(int)HeaderKind.ContentLength] = "Content-Length";
        names[(int)HeaderKind.ContentEncoding] = "Content-Encoding";
        names[(int)HeaderKind.Supported] = "Supported";
        names[(int)HeaderKind.Require] = "Require";
        names[(int)HeaderKind.ProxyRequire] = "Proxy-Require";
        names[(int)HeaderKind.Unsupported] = "Unsupported";
        names[(int)HeaderKind.Allow] = "Allow";
        names[(int)HeaderKind.Reason] = "Reason";
        names[(int)HeaderKind.ReferTo] = "Refer-To";
        names[(int)HeaderKind.ReferredBy] = "Referred-By";
        names[(int)HeaderKind.Replaces] = "Replaces";
        names[(int)HeaderKind.Event] = "Event";
        names[(int)HeaderKind.SubscriptionState] = "Subscription-State";
        names[(int)HeaderKind.Subject] = "Subject";
        names[(int)HeaderKind.UserAgent] = "User-Agent";
        names[(int)HeaderKind.Server] = "Server";
        names[(int)HeaderKind.AllowEvents] = "Allow-Events";
        names[(int)HeaderKind.Accept] = "Accept";
        names[(int)HeaderKind.Date] = "Date";
        names[(int)HeaderKind.Timestamp] = "Timestamp";
        names[(int)HeaderKind.RetryAfter] = "Retry-After";
        names[(int)HeaderKind.Warning] = "Warning";
        names[(int)HeaderKind.Organization] = "Organization";
        names[(int)HeaderKind.Priority] = "Priority";
        names[(int)HeaderKind.CallInfo] = "Call-Info";
        names[(int)HeaderKind.AlertInfo] = "Alert-Info";
        names[(int)HeaderKind.ContentDisposition] = "Content-Disposition";
        names[(int)HeaderKind.SessionExpires] = "Session-Expires";
        names[(int)HeaderKind.MinSE] = "Min-SE";
        names[(int)HeaderKind.RSeq] = "RSeq";
        names[(int)HeaderKind.RAck] = "RAck";
        names[(int)HeaderKind.PAssertedIdentity] = "P-Asserted-Identity";
        names[(int)HeaderKind.Privacy] = "Privacy";
        names[(int)HeaderKind.Path] = "Path";
        names[(int)HeaderKind.Identity] = "Identity";
        return names;
    }

    // RFC 3261 §7.3.3 plus the compact forms registered later: o/u (RFC 6665), r (RFC 3515),
    // b (RFC 3892), x (RFC 4028), y (RFC 8224).
    private static HeaderKind[] BuildCompact()
    {
        var map = new HeaderKind[26];
        void Set(char c, HeaderKind k) => map[c - 'a'] = k;
        Set('i', HeaderKind.CallId);
        Set('m', HeaderKind.Contact);
        Set('e', HeaderKind.ContentEncoding);
        Set('l', HeaderKind.ContentLength);
        Set('c', HeaderKind.ContentType);
        Set('f', HeaderKind.From);
        Set('s', HeaderKind.Subject);
        Set('k', HeaderKind.Supported);
        Set('t', HeaderKind.To);
        Set('v', HeaderKind.Via);
        Set('o', HeaderKind.Event);
        Set('u', HeaderKind.AllowEvents);
        Set('r', HeaderKind.ReferTo);
        Set('b', HeaderKind.ReferredBy);
        Set('x', HeaderKind.SessionExpires);
        Set('y', HeaderKind.Identity);
        return map;
    }

    private static (byte[], HeaderKind)[][] BuildByLength()
    {
        var maxLength = Canonical.Max(n => n.Length);
        var lists = new List<(byte[], HeaderKind)>[maxLength + 1];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        for (var k = 1; k < Canonical.Length; k++)
        {
            var lower = System.Text.Encoding.ASCII.GetBytes(Canonical[k].ToLowerInvariant());
            lists[lower.Length].Add((lower, (HeaderKind)k));
        }

        return Array.ConvertAll(lists, l => l.ToArray());
    }
}
