using System.Globalization;
using Voice.Gateway.Tests.Calls;
using Voice.Gateway.Tests.Desktop;
using Voice.Testing;

namespace Voice.Gateway.Tests.Routing;

/// <summary>
/// The SIPp ends of the routing tests: trunk callers to route point 5000 (scenarios in Scenarios/Routing) and phones
/// shared by several DNs (one UAS, every DN registered with its contact on it; SIPp tells the calls apart by Call-ID).
/// </summary>
internal static class RoutingSipp
{
    public const string RoutePoint = "5000";

    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", "Routing", name);

    /// <summary>A trunk call from <paramref name="ani"/> to the route point, running <paramref name="scenario"/>.</summary>
    public static SippProcess StartCaller(DesktopNode node, string scenario, string ani) =>
        SippProcess.Start(
            ["-sf", Scenario(scenario), Target(node), "-i", "127.0.0.1", "-p", Port(FreePort.Udp()), "-m", "1", "-s", RoutePoint,
             "-key", "ani", ani],
            DesktopSipp.Limit);

    /// <summary>
    /// One UAS of Scenarios/Calls/<paramref name="scenario"/> taking <paramref name="calls"/> calls, registered as every DN
    /// of <paramref name="dns"/>.
    /// </summary>
    public static async Task<SippProcess> StartPhonesAsync(DesktopNode node, string scenario, int calls, params string[] dns)
    {
        var port = FreePort.Udp();
        var phones = SippProcess.Start(
            ["-sf", CallSipp.Scenario(scenario), Target(node), "-i", "127.0.0.1", "-p", Port(port), "-m", Port(calls)],
            DesktopSipp.Limit);
        foreach (var dn in dns)
        {
            await DesktopSipp.RegisterAsync(node, dn, port);
        }

        return phones;
    }

    private static string Target(DesktopNode node) => $"{node.Udp.Address.Address}:{Port(node.Udp.Address.Port)}";

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
