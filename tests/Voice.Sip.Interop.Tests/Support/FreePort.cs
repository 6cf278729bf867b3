using System.Net;
using System.Net.Sockets;

namespace Voice.Sip.Interop.Tests.Support;

internal static class FreePort
{
    /// <summary>A loopback port that was free a moment ago (for handing to an external process).</summary>
    public static int Next()
    {
        using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)udp.LocalEndPoint!).Port;
    }

    /// <summary>Waits until an external process has bound <paramref name="port"/> (UDP: our bind fails; TCP: connect succeeds).</summary>
    public static async Task WaitUntilBoundAsync(int port, bool tcp, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (tcp ? await CanConnectAsync(port) : !CanBindUdp(port))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"nothing bound port {port} within {limit}");
    }

    private static bool CanBindUdp(int port)
    {
        try
        {
            using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            udp.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task<bool> CanConnectAsync(int port)
    {
        try
        {
            using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await tcp.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
