using System.Globalization;
using Voice.Sip.Transport;
using Voice.Testing;

namespace Voice.Gateway.Tests.Desktop;

/// <summary>
/// The SIPp ends of the desktop tests: phones (a UAS registered with digest as a DN of the demo tenant, its contact
/// on the UAS's port) and trunk callers from 127.0.0.1, each running one scenario of Scenarios/Desktop.
/// </summary>
internal static class DesktopSipp
{
    /// <summary>Each SIPp's whole run: a desktop test drives several steps over REST while the phones wait.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan RegisterLimit = TimeSpan.FromSeconds(25);

    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", "Desktop", name);

    /// <summary>Starts the phone of <paramref name="dn"/> running <paramref name="scenario"/> (one call) and registers it.</summary>
    public static async Task<SippProcess> StartPhoneAsync(DesktopNode node, string scenario, string dn)
    {
        var port = FreePort.Udp();
        var phone = SippProcess.Start(
            ["-sf", Scenario(scenario), Target(node.Udp), "-i", "127.0.0.1", "-p", Port(port), "-m", "1"],
            Limit);
        await RegisterAsync(node, dn, port);
        return phone;
    }

    /// <summary>Registers <paramref name="dn"/> (digest) with its contact on 127.0.0.1:<paramref name="contactPort"/>.</summary>
    public static async Task RegisterAsync(DesktopNode node, string dn, int contactPort)
    {
        await using var register = SippProcess.Start(
            ["-sf", Path.Combine(AppContext.BaseDirectory, "Scenarios", "Calls", "register_contact.xml"), Target(node.Udp),
             "-i", "127.0.0.1", "-p", Port(FreePort.Udp()), "-m", "1", "-s", dn, "-key", "domain", "demo.local",
             "-key", "contact_port", Port(contactPort), "-au", dn, "-ap", $"demo-{dn}", "-auth_uri", "demo.local"],
            RegisterLimit);
        var registered = await register.WaitAsync(RegisterLimit + TimeSpan.FromSeconds(5));
        Assert.True(registered.ExitCode == 0 && registered.SuccessfulCalls == 1, $"registration of {dn} failed: {registered}");
    }

    /// <summary>
    /// Starts a trunk call (caller 5551234) of the scenario file <paramref name="scenarioPath"/> to <paramref name="dialled"/>;
    /// it runs while the test drives the call.
    /// </summary>
    public static SippProcess StartTrunkCaller(DesktopNode node, string scenarioPath, string dialled) =>
        SippProcess.Start(
            ["-sf", scenarioPath, Target(node.Udp), "-i", "127.0.0.1", "-p", Port(FreePort.Udp()), "-m", "1", "-s", dialled],
            Limit);

    /// <summary>Waits for <paramref name="sipp"/> to end and asserts it ran its one call through without error.</summary>
    public static async Task AssertCompletedAsync(SippProcess sipp, string who)
    {
        var result = await sipp.WaitAsync(Limit + TimeSpan.FromSeconds(5));
        Assert.True(result.ExitCode == 0 && result.SuccessfulCalls == 1, $"{who}: {result}");
    }

    private static string Target(SipEndPoint endPoint) => $"{endPoint.Address.Address}:{Port(endPoint.Address.Port)}";

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
