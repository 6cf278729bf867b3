using Voice.Gateway.Tests.Support;
using Voice.Grains.Contracts.Registrar;
using Voice.Sip.Auth;
using Voice.Sip.Message;

namespace Voice.Gateway.Tests.Sip;

/// <summary>
/// The gateway's answers over real UDP on loopback, with the default options (SHA-256 offered first, expires bounds
/// 60..7200), checked header by header.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class SipGatewayTests
{
    private const string Password = "demo-1002";

    [Fact]
    public async Task Options_Any_Returns200WithAllowAcceptAndSupported()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);

        var response = await client.SendAsync(client.Request("OPTIONS", "sip:demo.local", "sip:1002@demo.local", 1));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER", Header(response, HeaderKind.Allow));
        Assert.Equal("application/sdp", Header(response, HeaderKind.Accept));
        Assert.True(response.Headers.Contains(HeaderKind.Supported));
    }

    [Fact]
    public async Task Invite_FromAnExtensionWithoutCredentials_Gets100ThenADigestChallenge()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);

        var trying = await client.SendAsync(client.Request("INVITE", "sip:1001@demo.local", "sip:1002@demo.local", 1, "Contact: <sip:1002@127.0.0.1>"));
        var challenge = await client.ReceiveAsync();

        Assert.Equal((100, 401), (trying.StatusCode, challenge.StatusCode));
        Assert.True(challenge.TryGetAuthHeaders(HeaderKind.WwwAuthenticate, out var challenges, out _));
        Assert.All(challenges, c => Assert.Equal("demo.local", c.Realm));
        Assert.Empty(await host.CallEventsAsync());
    }

    [Fact]
    public async Task Bye_WithAToTagWeNeverIssued_Gets481()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);

        var bye = client.Request("BYE", "sip:1001@demo.local", "sip:1002@demo.local", 2, "Contact: <sip:1002@127.0.0.1>");
        bye.Headers.Set(HeaderKind.To, "<sip:1001@demo.local>;tag=not-ours");

        var response = await client.SendAsync(bye);

        Assert.Equal(481, response.StatusCode);
    }

    [Fact]
    public async Task Register_WithoutCredentials_Gets401WithSha256ThenMd5ForTheTenantRealm()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);

        var response = await client.SendAsync(client.Request("REGISTER", "sip:demo.local", "sip:1002@demo.local", 1, "Contact: <sip:1002@127.0.0.1>"));

        Assert.Equal(401, response.StatusCode);
        Assert.True(response.TryGetAuthHeaders(HeaderKind.WwwAuthenticate, out var challenges, out _));
        Assert.Equal(["SHA-256", "MD5"], challenges.Select(c => c.Algorithm));
        Assert.All(challenges, c => Assert.Equal("demo.local", c.Realm));
    }

    [Fact]
    public async Task Register_UnknownDn_Gets403()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);

        var (response, _) = await client.RegisterAsync("1999", "whatever", 1, "Contact: <sip:1999@127.0.0.1>");

        Assert.Equal(403, response.StatusCode);
    }

    [Fact]
    public async Task Register_Sha256Digest_Returns200ListingEveryBindingByQWithExpires()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);

        var (response, _) = await client.RegisterAsync("1002", Password, 1,
            "Contact: <sip:1002@127.0.0.1:5071>;q=0.3, <sip:1002@127.0.0.1:5072>;q=0.9;expires=120", "Expires: 600");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(
            [("sip:1002@127.0.0.1:5072", "120", "0.9"), ("sip:1002@127.0.0.1:5071", "600", "0.3")],
            response.Contacts.Select(c => (c.Uri.ToString(), c.Parameters.Get("expires"), c.Parameters.Get("q"))));
        Assert.Equal(2, (await host.Device("demo:1002").GetBindingsAsync()).Count);
    }

    [Fact]
    public async Task Register_NoContact_ReturnsTheCurrentBindings()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);
        var (_, cseq) = await client.RegisterAsync("1002", Password, 1, "Contact: <sip:1002@127.0.0.1:5071>");

        var (response, _) = await client.RegisterAsync("1002", Password, cseq + 1);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("sip:1002@127.0.0.1:5071", Assert.Single(response.Contacts).Uri.ToString());
    }

    [Fact]
    public async Task Register_IntervalBelowMinimum_Gets423WithMinExpires()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);

        var (response, _) = await client.RegisterAsync("1002", Password, 1, "Contact: <sip:1002@127.0.0.1:5071>", "Expires: 5");

        Assert.Equal(423, response.StatusCode);
        Assert.Equal(ExpiresBounds.Standard.Min, response.MinExpires);
        Assert.Empty(await host.Device("demo:1002").GetBindingsAsync());
    }

    [Fact]
    public async Task Register_SameCallIdOldCSeq_Gets500AndKeepsTheBinding()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);
        await client.RegisterAsync("1002", Password, 10, "Contact: <sip:1002@127.0.0.1:5071>");

        var (response, _) = await client.RegisterAsync("1002", Password, 3, "Contact: <sip:1002@127.0.0.1:5071>", "Expires: 0");

        Assert.Equal(500, response.StatusCode);
        Assert.Single(await host.Device("demo:1002").GetBindingsAsync());
    }

    [Fact]
    public async Task Register_ContactStarWithNonZeroExpires_Gets400()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);

        var (response, _) = await client.RegisterAsync("1002", Password, 1, "Contact: *", "Expires: 60");

        Assert.Equal(400, response.StatusCode);
    }

    [Fact]
    public async Task Register_OtherUsersCredentials_Gets403()
    {
        // RFC 3261 §10.3 step 4: 1001's valid credentials do not let it change 1002's bindings.
        await using var host = await GatewayHost.StartAsync();
        using var client = new UdpSipClient(host.Udp);
        var aor = "sip:1002@demo.local";
        var challenge = await client.SendAsync(client.Request("REGISTER", "sip:demo.local", aor, 1, "Contact: <sip:1002@127.0.0.1>"));
        var retry = client.Request("REGISTER", "sip:demo.local", aor, 2, "Contact: <sip:1002@127.0.0.1>");
        Assert.True(new DigestClient("1001", "demo-1001").TryAuthorize(retry, challenge));

        var response = await client.SendAsync(retry);

        Assert.Equal(403, response.StatusCode);
        Assert.Empty(await host.Device("demo:1002").GetBindingsAsync());
    }

    private static string? Header(SipResponse response, HeaderKind kind) =>
        response.Headers.TryGetFirst(kind, out var h) ? h.Value : null;

}
