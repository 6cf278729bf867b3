using System.Globalization;
using System.Net;
using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Transport;

/// <summary>Edits of the top Via value that the transport layer owns: received/rport on receipt, transport on a switch.</summary>
internal static class ViaStamping
{
    /// <summary>
    /// RFC 3261 §18.2.1: add received=&lt;source IP&gt; when the sent-by host is a name or another address.
    /// RFC 3581 §4: when rport is present without a value, fill it with the source port and add received
    /// even if it equals sent-by. False when the top Via cannot be parsed (nothing is changed then).
    /// </summary>
    public static bool StampSource(SipMessage request, IPEndPoint source)
    {
        return EditTopViaInPlace(request, top =>
        {
            var sourceIp = IPEndPoints.ToReceivedValue(source.Address);
            if (top.HasRPort && top.RPort is null)
            {
                top.Parameters.Set("rport", source.Port.ToString(CultureInfo.InvariantCulture));
                top.Received = sourceIp;
                return true;
            }

            if (SentByHostIs(top.Host, source.Address))
            {
                return false;
            }

            top.Received = sourceIp;
            return true;
        }, out _);
    }

    /// <summary>
    /// RFC 3261 §18.1.1: when a request moves from UDP to TCP because of its size, the top Via must say so.
    /// The host is kept; the port becomes the TCP listener's. Returns the original field to restore on fallback.
    /// </summary>
    public static bool SwitchTransport(SipMessage request, string transport, int port, out SipHeader original)
    {
        return ReplaceTopVia(request, top =>
        {
            var replacement = new ViaHeader(transport, top.Host, port)
            {
                ProtocolName = top.ProtocolName,
                ProtocolVersion = top.ProtocolVersion,
            };
            foreach (var p in top.Parameters)
            {
                replacement.Parameters.TryAdd(p.Name, p.Value);
            }

            return replacement;
        }, out original);
    }

    /// <summary>Puts back a field returned by <see cref="SwitchTransport"/>.</summary>
    public static void Restore(SipMessage request, SipHeader original)
    {
        var index = request.Headers.IndexOf(HeaderKind.Via);
        request.Headers.RemoveAt(index);
        request.Headers.Insert(index, original);
    }

    /// <summary>True when <paramref name="host"/> (sent-by or similar) is an IP literal equal to <paramref name="address"/>.</summary>
    public static bool SentByHostIs(string host, IPAddress address)
    {
        var literal = host.Length > 2 && host[0] == '[' && host[^1] == ']' ? host[1..^1] : host;
        return IPAddress.TryParse(literal, out var parsed)
            && IPEndPoints.Normalize(new IPEndPoint(parsed, 0)).Address.Equals(IPEndPoints.Normalize(new IPEndPoint(address, 0)).Address);
    }

    private static bool EditTopViaInPlace(SipMessage message, Func<ViaHeader, bool> edit, out SipHeader original) =>
        ReplaceTopVia(message, top => edit(top) ? top : null, out original);

    // The first Via field may hold several comma-separated values; only the first one is edited.
    private static bool ReplaceTopVia(SipMessage message, Func<ViaHeader, ViaHeader?> edit, out SipHeader original)
    {
        original = default;
        var index = message.Headers.IndexOf(HeaderKind.Via);
        if (index < 0)
        {
            return false;
        }

        original = message.Headers[index];
        var vias = new List<ViaHeader>(2);
        if (!ViaParser.TryParseList(original.RawValue.Span, vias, out _))
        {
            return false;
        }

        if (edit(vias[0]) is { } edited)
        {
            vias[0] = edited;
            message.Headers.RemoveAt(index);
            message.Headers.Insert(index, SipHeader.Create(HeaderKind.Via, string.Join(", ", vias)));
        }

        return true;
    }
}
