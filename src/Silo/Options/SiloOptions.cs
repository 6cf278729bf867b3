using System.Globalization;
using System.Net;

using Voice.Sip.Auth;

namespace Voice.Silo.Options;

/// <summary>
/// Everything the node host is told on its command line or through VOICE_* environment variables
/// (see <see cref="SiloOptionsParser"/> and docs/silo.md). Components registered in
/// <c>SiloComposition.AddNodeComponents</c> read it from DI.
/// </summary>
public sealed record SiloOptions
{
    public const int DefaultHttpPort = 8080;
    public const int DefaultSipPort = 5060;
    public const int DefaultInternalPort = 11111;
    public const string DefaultTenantFile = "deploy/demo-tenant.yaml";

    /// <summary>Redis HOST:PORT; null means embedded mode.</summary>
    public string? Redis { get; init; }

    /// <summary>SIP listening port, for the SIP gateway (the host itself opens no SIP socket).</summary>
    public int SipPort { get; init; } = DefaultSipPort;

    /// <summary>Public HTTP port: health, readiness, cluster view, metrics, admin.</summary>
    public int HttpPort { get; init; } = DefaultHttpPort;

    /// <summary>Node-to-node grain calls (HTTP/2 cleartext); listened on in cluster mode only.</summary>
    public int InternalPort { get; init; } = DefaultInternalPort;

    /// <summary>Tenant YAML applied at startup (absolute once parsed).</summary>
    public string TenantFile { get; init; } = DefaultTenantFile;

    /// <summary>This node's id in the slot table and membership.</summary>
    public string NodeId { get; init; } = "";

    /// <summary>Address every listener binds to (default: all IPv4 interfaces).</summary>
    public IPAddress ListenAddress { get; init; } = IPAddress.Any;

    /// <summary>Host name or address other nodes use to reach this one (published in the membership).</summary>
    public string AdvertiseHost { get; init; } = "";

    /// <summary>How long /readyz answers 503 before the node starts to hand its slots over (SIGTERM drain).</summary>
    public TimeSpan DrainDelay { get; init; } = TimeSpan.Zero;

    /// <summary>How long a call may ring before the caller gets 480 and the ringing legs are cancelled.</summary>
    public TimeSpan NoAnswerTimeout { get; init; } = DefaultNoAnswerTimeout;

    public static TimeSpan DefaultNoAnswerTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>RFC 8760 §2.3: strongest first. SIPp 3.6 understands only MD5 and answers the first challenge.</summary>
    public static IReadOnlyList<DigestAlgorithm> DefaultDigestAlgorithms { get; } = [DigestAlgorithm.Sha256, DigestAlgorithm.Md5];

    /// <summary>Digest algorithms the SIP registrar challenges with, most preferred first.</summary>
    public IReadOnlyList<DigestAlgorithm> DigestAlgorithms { get; init; } = DefaultDigestAlgorithms;

    /// <summary>Key the REST gateway signs bearer tokens with (same on every node); null = random per process.</summary>
    public string? TokenKey { get; init; }

    /// <summary>The address written in the conference mixer's SDP answers.</summary>
    public IPAddress MediaAddress { get; init; } = IPAddress.Loopback;

    /// <summary>UDP ports of the conference mixer.</summary>
    public (int Start, int End) MediaPorts { get; init; } = DefaultMediaPorts;

    public static (int Start, int End) DefaultMediaPorts { get; } = (40000, 40999);

    public SiloMode Mode => Redis is null ? SiloMode.Embedded : SiloMode.Cluster;

    /// <summary>The base address published for node-to-node calls.</summary>
    public string InternalAddress => $"http://{FormatHost(AdvertiseHost)}:{InternalPort}/";

    /// <summary>The record's printout leaves the token key out: options may be logged, a secret must not be.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Mode = {Mode}, NodeId = {NodeId}, HttpPort = {HttpPort}, SipPort = {SipPort}, InternalPort = {InternalPort}, ");
        builder.Append(CultureInfo.InvariantCulture, $"Redis = {Redis}, TenantFile = {TenantFile}, ListenAddress = {ListenAddress}, AdvertiseHost = {AdvertiseHost}, TokenKey = {(TokenKey is null ? "random" : "set")}");
        return true;
    }

    private static string FormatHost(string host) =>
        IPAddress.TryParse(host, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host;
}
