using System.Globalization;
using Voice.Testing;

namespace Voice.Silo.Tests.Processes;

/// <summary>
/// Real SIPp processes around node hosts: a callee UAS registered (digest) as a DN of the demo tenant through one
/// node, and a trunk caller (From is no extension, source 127.0.0.1) entering at another. Both trace their messages
/// to a file, so a test can tell which node sent what.
/// </summary>
internal static class ClusterCallSipp
{
    /// <summary>Longest a SIPp run may take; every test step is bounded by it or less.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(40);

    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", "Calls", name);

    /// <summary>Starts the callee UAS (one call) and registers it as <paramref name="dn"/> through <paramref name="registrar"/>.</summary>
    public static async Task<SippProcess> StartCalleeAsync(SiloProcess registrar, string scenario, string messageLog, string dn = "1002", params string[] extraArgs)
    {
        var (callee, port) = await StartListeningAsync(registrar, scenario, messageLog, extraArgs);
        try
        {
            await using var register = SippProcess.Start(
                ["-sf", Scenario("register_contact.xml"), Target(registrar), "-i", "127.0.0.1", "-p", Text(FreePort.Udp()), "-m", "1",
                 "-s", dn, "-key", "domain", "demo.local", "-key", "contact_port", Text(port), "-au", dn, "-ap", $"demo-{dn}", "-auth_uri", "demo.local"],
                Limit);
            var registered = await register.WaitAsync(Limit);
            Assert.True(registered is { ExitCode: 0, SuccessfulCalls: 1 }, $"registering {dn} through {registrar.NodeId} failed: {registered}");
            return callee;
        }
        catch
        {
            await callee.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts the UAS and waits until it listens (the INVITE may follow the registration at once). A port picked free
    /// can be taken by another process before SIPp binds it; SIPp then exits, and another port is tried.
    /// </summary>
    private static async Task<(SippProcess Callee, int Port)> StartListeningAsync(SiloProcess registrar, string scenario, string messageLog, string[] extraArgs)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Udp();
            var callee = SippProcess.Start([.. Common(registrar, scenario, port, messageLog), .. extraArgs], Limit);
            try
            {
                await FreePort.WaitUntilBoundAsync(port, tcp: false, TimeSpan.FromSeconds(10));
                return (callee, port);
            }
            catch (TimeoutException) when (attempt < 3)
            {
                await callee.DisposeAsync();
            }
            catch
            {
                await callee.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Starts one trunk call of <paramref name="scenario"/> to <paramref name="dialled"/> at <paramref name="entry"/>.</summary>
    public static SippProcess StartTrunkCaller(SiloProcess entry, string scenario, string messageLog, string dialled = "1002") =>
        SippProcess.Start([.. Common(entry, scenario, FreePort.Udp(), messageLog), "-s", dialled], Limit);

    private static string[] Common(SiloProcess node, string scenario, int port, string messageLog) =>
        ["-sf", Scenario(scenario), Target(node), "-i", "127.0.0.1", "-p", Text(port), "-m", "1", "-trace_msg", "-message_file", messageLog];

    private static string Target(SiloProcess node) => $"127.0.0.1:{Text(node.SipPort)}";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
