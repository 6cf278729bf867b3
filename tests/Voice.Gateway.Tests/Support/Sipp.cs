using System.Globalization;
using Voice.Gateway.Sip;
using Voice.Sip.Auth;
using Voice.Sip.Transport;
using Voice.Testing;

namespace Voice.Gateway.Tests.Support;

/// <summary>Runs one SIPp call of a scenario under Scenarios/ against the gateway.</summary>
internal static class Sipp
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// SIPp 3.6 answers only MD5 challenges and reads the first WWW-Authenticate, so a gateway that offers SHA-256
    /// first (RFC 8760 §2.3, our default) must offer MD5 alone to be tested with it.
    /// </summary>
    public static void OfferMd5Only(SipGatewayOptions options)
    {
        options.DigestAlgorithms.Clear();
        options.DigestAlgorithms.Add(DigestAlgorithm.Md5);
    }

    /// <summary>
    /// DN <paramref name="user"/> of <paramref name="domain"/> with <paramref name="password"/>; the digest uri is the
    /// Request-URI (<c>sip:domain</c>), which SIPp only uses when told with -auth_uri.
    /// </summary>
    public static async Task<SippResult> RunAsync(
        string scenario, SipEndPoint target, string domain = "demo.local", string user = "1001", string password = "demo-1001")
    {
        var transport = target.Protocol == SipTransportProtocol.Tcp ? "t1" : "u1";
        await using var sipp = SippProcess.Start(
            ["-sf", Path.Combine(AppContext.BaseDirectory, "Scenarios", scenario),
             $"{target.Address.Address}:{target.Address.Port.ToString(CultureInfo.InvariantCulture)}",
             "-t", transport, "-i", "127.0.0.1", "-p", FreePort.Udp().ToString(CultureInfo.InvariantCulture),
             "-m", "1", "-s", user, "-key", "domain", domain,
             "-au", user, "-ap", password, "-auth_uri", domain],
            Limit);
        return await sipp.WaitAsync(Limit + TimeSpan.FromSeconds(5));
    }
}
