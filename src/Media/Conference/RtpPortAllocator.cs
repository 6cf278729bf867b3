using System.Net;
using System.Net.Sockets;

namespace Voice.Media.Conference;

/// <summary>
/// Hands out UDP sockets bound to even ports of the configured range (RFC 3550 §11: RTP on an even port,
/// the odd one above left for RTCP, which the bridge does not use). Ports are tried round-robin so a port just
/// released is not handed straight back while the far end may still be sending to it.
/// </summary>
internal sealed class RtpPortAllocator
{
    private readonly object _gate = new();
    private readonly HashSet<int> _inUse = [];
    private readonly IPAddress _address;
    private readonly int _first;
    private readonly int _count;
    private int _next;

    public RtpPortAllocator(IPAddress address, int rangeStart, int rangeEnd)
    {
        _address = address;
        _first = rangeStart + (rangeStart % 2);
        _count = ((rangeEnd - _first) / 2) + 1;
    }

    /// <exception cref="MediaPortsExhaustedException">No even port of the range could be bound.</exception>
    public Socket Bind()
    {
        lock (_gate)
        {
            for (var attempt = 0; attempt < _count; attempt++)
            {
                var port = _first + (2 * _next);
                _next = (_next + 1) % _count;
                if (_inUse.Contains(port))
                {
                    continue;
                }

                var socket = new Socket(_address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
                try
                {
                    if (_address.AddressFamily == AddressFamily.InterNetworkV6)
                    {
                        // Lets an IPv6 wildcard bridge serve IPv4 offers too.
                        socket.DualMode = true;
                    }

                    socket.Bind(new IPEndPoint(_address, port));
                    _inUse.Add(port);
                    return socket;
                }
                catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
                {
                    // Taken by another process: try the next one.
                    socket.Dispose();
                }
            }
        }

        throw new MediaPortsExhaustedException($"no free even port in {_first}-{_first + (2 * (_count - 1))} on {_address}");
    }

    public void Release(int port)
    {
        lock (_gate)
        {
            _inUse.Remove(port);
        }
    }
}
