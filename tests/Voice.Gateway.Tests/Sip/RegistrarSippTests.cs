using Voice.Gateway.Tests.Support;
using Voice.Grains.Contracts.Registrar;
using Voice.Sip.Transport;

namespace Voice.Gateway.Tests.Sip;

/// <summary>The real SIPp registering against the gateway with digest authentication, over UDP and TCP.</summary>
[Collection(SippCollection.Name)]
public sealed class RegistrarSippTests
{
    private const string Key = "demo:1001";

    [Theory]
    [InlineData(SipTransportProtocol.Udp)]
    [InlineData(SipTransportProtocol.Tcp)]
    public async Task Register_WithDigest_IsChallengedThenBoundAndDnBackInService(SipTransportProtocol protocol)
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);

        var result = await Sipp.RunAsync("register_auth.xml", protocol == SipTransportProtocol.Tcp ? host.Tcp : host.Udp);

        Assert.True(result.ExitCode == 0 && result.SuccessfulCalls == 1, result.ToString());
        var binding = Assert.Single(await host.Device(Key).GetBindingsAsync());
        Assert.StartsWith("sip:1001@127.0.0.1:", binding.Uri, StringComparison.Ordinal);
        Assert.StartsWith(protocol == SipTransportProtocol.Tcp ? "tcp:127.0.0.1:" : "udp:127.0.0.1:", binding.Source, StringComparison.Ordinal);
        var events = await host.ServiceEventsAsync(Key);
        Assert.Equal((DnServiceEvent.BackInService, "demo", "1001", 1L), (Assert.Single(events).Id, events[0].CustomerId, events[0].ThisDn, events[0].Seq));
    }

    [Fact]
    public async Task Register_WrongPassword_IsChallengedAgainAndBindsNothing()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);

        var result = await Sipp.RunAsync("register_rejected.xml", host.Udp, password: "not-the-password");

        Assert.True(result.ExitCode == 0 && result.SuccessfulCalls == 1, result.ToString());
        Assert.Empty(await host.Device(Key).GetBindingsAsync());
        Assert.Empty(await host.ServiceEventsAsync(Key));
    }

    [Fact]
    public async Task Register_RightPasswordButExpectingRefusal_FailsTheRefusalScenario()
    {
        // Guards the scenario above: with the right password the second answer is 200, so "expect 401" must fail.
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);

        var result = await Sipp.RunAsync("register_rejected.xml", host.Udp);

        Assert.Equal(1, result.FailedCalls);
    }

    [Fact]
    public async Task Register_UnknownDomain_Gets404()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);

        var result = await Sipp.RunAsync("register_unknown_domain.xml", host.Udp, domain: "nobody.example");

        Assert.True(result.ExitCode == 0 && result.SuccessfulCalls == 1, result.ToString());
    }

    [Fact]
    public async Task UnregisterAll_ContactStarExpiresZero_RemovesBindingAndDnOutOfService()
    {
        await using var host = await GatewayHost.StartAsync(Sipp.OfferMd5Only);

        var result = await Sipp.RunAsync("unregister_all.xml", host.Udp);

        Assert.True(result.ExitCode == 0 && result.SuccessfulCalls == 1, result.ToString());
        Assert.Empty(await host.Device(Key).GetBindingsAsync());
        Assert.Equal(
            [(DnServiceEvent.BackInService, 1L), (DnServiceEvent.OutOfService, 2L)],
            (await host.ServiceEventsAsync(Key)).Select(e => (e.Id, e.Seq)));
    }
}
