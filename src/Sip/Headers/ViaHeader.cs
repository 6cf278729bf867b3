using System.Text;
using Voice.Sip.Parsing;

namespace Voice.Sip.Headers;

/// <summary>One via-parm: <c>SIP/2.0/UDP host[:port];branch=…;received=…;rport</c> (RFC 3261 §20.42, RFC 3581).</summary>
public sealed class ViaHeader
{
    /// <summary>The RFC 3261 §8.1.1.7 magic cookie every compliant branch starts with.</summary>
    public const string MagicCookie = "z9hG4bK";

    public ViaHeader(string transport, string host, int? port = null)
    {
        Transport = transport.ToUpperInvariant();
        Host = host;
        Port = port;
    }

    public string ProtocolName { get; init; } = "SIP";

    public string ProtocolVersion { get; init; } = "2.0";

    /// <summary>Upper-cased transport: UDP, TCP, TLS, SCTP, WS, WSS…</summary>
    public string Transport { get; }

    public string Host { get; set; }

    public int? Port { get; set; }

    public SipParameters Parameters { get; private set; } = new();

    public string? Branch
    {
        get => Parameters.Get("branch");
        set => SetOrRemove("branch", value);
    }

    public string? Received
    {
        get => Parameters.Get("received");
        set => SetOrRemove("received", value);
    }

    public string? MAddr => Parameters.Get("maddr");

    /// <summary>True when the rport parameter is present (with or without a value).</summary>
    public bool HasRPort => Parameters.Contains("rport");

    /// <summary>The rport value filled in by a server (RFC 3581 §4), or null.</summary>
    public int? RPort => int.TryParse(Parameters.Get("rport"), out var p) ? p : null;

    /// <summary>True when the branch carries the RFC 3261 magic cookie, so it identifies the transaction.</summary>
    public bool HasCompliantBranch => Branch is { } b && b.StartsWith(MagicCookie, StringComparison.Ordinal);

    public static ViaHeader Parse(string text)
    {
        if (!ViaParser.TryParseOne(Encoding.UTF8.GetBytes(text), out var via))
        {
            throw new FormatException($"Invalid Via '{text}'");
        }

        return via;
    }

    public ViaHeader Clone() => new(Transport, Host, Port)
    {
        ProtocolName = ProtocolName,
        ProtocolVersion = ProtocolVersion,
        Parameters = Parameters.Clone(),
    };

    /// <summary>sent-by as "host[:port]".</summary>
    public string SentBy => Port is { } p ? $"{Host}:{p}" : Host;

    public override string ToString()
    {
        var sb = new StringBuilder(80);
        sb.Append(ProtocolName).Append('/').Append(ProtocolVersion).Append('/').Append(Transport)
          .Append(' ').Append(SentBy);
        Parameters.AppendTo(sb);
        return sb.ToString();
    }

    private void SetOrRemove(string name, string? value)
    {
        if (value is null)
        {
            Parameters.Remove(name);
        }
        else
        {
            Parameters.Set(name, value);
        }
    }
}
