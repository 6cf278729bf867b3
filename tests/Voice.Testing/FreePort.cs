using System.Net;
using System.Net.Sockets;

namespace Voice.Testing;

/// <summary>Loopback ports that were free a moment ago, for handing to a process we start.</summary>
public static class FreePort
{
    public static int Tcp()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static int Udp()
    {
        using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)udp.LocalEndPoint!).Port;
    }

    /// <summary>
    /// Waits until an external process (which prints no ready line) has bound <paramref name="port"/>: for UDP our own
    /// bind starts failing, for TCP a connect succeeds.
    /// </summary>
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
