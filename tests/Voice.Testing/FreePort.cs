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
}
