namespace Voice.Sip.Transport;

public sealed partial record SipTransportOptions
{
    // 65,535 minus the IPv4 and UDP headers: the largest payload one datagram can carry.
    private const int MaxUdpPayload = 65507;
    private const int MinTcpReadBufferSize = 512;

    /// <summary>Every problem with these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (UdpListenEndPoints is null || TcpListenEndPoints is null)
        {
            errors.Add("Listen end point lists must not be null.");
            return errors;
        }

        if (UdpListenEndPoints.Count == 0 && TcpListenEndPoints.Count == 0)
        {
            errors.Add("At least one UDP or TCP listen end point is required.");
        }

        CheckEndPoints(UdpListenEndPoints, "UDP", errors);
        CheckEndPoints(TcpListenEndPoints, "TCP", errors);
        if (ParserOptions is null)
        {
            errors.Add("ParserOptions must not be null.");
        }

        if (MaxUdpMessageSize is < 1 or > MaxUdpPayload)
        {
            errors.Add($"MaxUdpMessageSize must be between 1 and {MaxUdpPayload}.");
        }

        if (TcpIdleTimeout <= TimeSpan.Zero)
        {
            errors.Add("TcpIdleTimeout must be positive.");
        }

        if (TcpConnectTimeout <= TimeSpan.Zero)
        {
            errors.Add("TcpConnectTimeout must be positive.");
        }

        if (UdpSocketReceiveBufferSize < 0)
        {
            errors.Add("UdpSocketReceiveBufferSize must not be negative.");
        }

        if (TcpReadBufferSize < MinTcpReadBufferSize)
        {
            errors.Add($"TcpReadBufferSize must be at least {MinTcpReadBufferSize}.");
        }

        if (AdvertisedHost is { } host && string.IsNullOrWhiteSpace(host))
        {
            errors.Add("AdvertisedHost must be null or a host name.");
        }

        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem.</summary>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid SIP transport options: " + string.Join(" ", errors));
        }
    }

    private static void CheckEndPoints(IReadOnlyList<System.Net.IPEndPoint> endPoints, string protocol, List<string> errors)
    {
        var seen = new HashSet<System.Net.IPEndPoint>();
        foreach (var endPoint in endPoints)
        {
            if (endPoint is null)
            {
                errors.Add($"{protocol} listen end points must not contain null.");
                continue;
            }

            // Port 0 asks the OS for an ephemeral port, so two of those never collide.
            if (endPoint.Port != 0 && !seen.Add(endPoint))
            {
                errors.Add($"{protocol} listen end point {endPoint} is listed twice.");
            }
        }
    }
}
