using System.Net;
using Voice.Media.Conference;

namespace Voice.Media.Tests.Conference;

/// <summary>
/// Hands each bridge under test its own block of ports below the Linux ephemeral range (32768+), so test
/// classes running in parallel and the fake participants' own sockets never compete for the same port.
/// </summary>
internal static class TestPortRanges
{
    private const int BlockSize = 40;
    private static int _nextBlock = (Environment.ProcessId % 100) * 4;

    public static ConferenceBridgeOptions Options(int ports = BlockSize)
    {
        var block = Interlocked.Increment(ref _nextBlock) % 300;
        var start = 20000 + (block * BlockSize);
        return new ConferenceBridgeOptions
        {
            BindAddress = IPAddress.Loopback,
            PortRangeStart = start,
            PortRangeEnd = start + ports - 1,
        };
    }
}
