using System.Globalization;
using Voice.Gateway.Tests.Support;
using Voice.Sip.Transport;
using Voice.Testing;

namespace Voice.Gateway.Tests.Calls;

/// <summary>
/// Runs a call between two real SIPp processes through the gateway: a callee UAS registered (digest) as a DN of the
/// demo tenant with its contact on the UAS's port, and a trunk caller from 127.0.0.1.
/// </summary>
internal static class CallSipp
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(25);

    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", "Calls", name);

    /// <summary>Starts the callee UAS (one call) and registers it as <paramref name="dn"/>; dispose to stop it.</summary>
    public static async Task<SippProcess> StartCalleeAsync(GatewayHost host, string scenario, string dn = "1002")
    {
        var port = FreePort.Udp();
        var callee = SippProcess.Start(
            ["-sf", Scenario(scenario), Target(host.Udp), "-i", "127.0.0.1", "-p", Port(port), "-m", "1"],
            Limit);
        await using var register = SippProcess.Start(
            ["-sf", Scenario("register_contact.xml"), Target(host.Udp), "-i", "127.0.0.1", "-p", Port(FreePort.Udp()), "-m", "1",
             "-s", dn, "-key", "domain", "demo.local", "-key", "contact_port", Port(port), "-au", dn, "-ap", $"demo-{dn}", "-auth_uri", "demo.local"],
            Limit);
        var registered = await register.WaitAsync(Limit);
        Assert.True(registered.ExitCode == 0 && registered.SuccessfulCalls == 1, "registration failed: " + registered);
        return callee;
    }

    /// <summary>Runs one trunk call of <paramref name="scenario"/> to <paramref name="dialled"/> (UDP or TCP) and returns how it went.</summary>
    public static async Task<SippResult> CallAsync(GatewayHost host, string scenario, string dialled = "1002", bool overTcp = false)
    {
        await using var caller = SippProcess.Start(
            ["-sf", Scenario(scenario), Target(overTcp ? host.Tcp : host.Udp), "-t", overTcp ? "t1" : "u1", "-i", "127.0.0.1",
             "-p", Port(overTcp ? FreePort.Tcp() : FreePort.Udp()), "-m", "1", "-s", dialled],
            Limit);
        return await caller.WaitAsync(Limit + TimeSpan.FromSeconds(5));
    }

    /// <summary>Runs one call of <paramref name="scenario"/> from phone <paramref name="dn"/> (digest) to <paramref name="dialled"/>.</summary>
    public static async Task<SippResult> PhoneCallAsync(GatewayHost host, string scenario, string dn, string dialled)
    {
        await using var caller = SippProcess.Start(
            ["-sf", Scenario(scenario), Target(host.Udp), "-i", "127.0.0.1", "-p", Port(FreePort.Udp()), "-m", "1", "-s", dialled,
             "-key", "caller", dn, "-au", dn, "-ap", $"demo-{dn}", "-auth_uri", $"{dialled}@demo.local"],
            Limit);
        return await caller.WaitAsync(Limit + TimeSpan.FromSeconds(5));
    }

    public static async Task<SippResult> FinishAsync(SippProcess callee) => await callee.WaitAsync(Limit);

    private static string Target(SipEndPoint endPoint) => $"{endPoint.Address.Address}:{Port(endPoint.Address.Port)}";

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
