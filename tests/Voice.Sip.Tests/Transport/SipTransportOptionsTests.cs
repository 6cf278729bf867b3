using System.Net;
using Voice.Sip.Transport;

namespace Voice.Sip.Tests.Transport;

public class SipTransportOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValidWith1300ByteUdpLimit()
    {
        var options = new SipTransportOptions();

        Assert.Empty(options.Validate());
        Assert.Equal(1300, options.MaxUdpMessageSize);
        Assert.Contains(options.UdpListenEndPoints, e => e.Address.Equals(IPAddress.IPv6Any));
    }

    [Fact]
    public void Validate_BadValues_ReportsEachProblem()
    {
        var options = new SipTransportOptions
        {
            UdpListenEndPoints = [],
            TcpListenEndPoints = [],
            MaxUdpMessageSize = 70000,
            TcpIdleTimeout = TimeSpan.Zero,
            TcpConnectTimeout = TimeSpan.FromSeconds(-1),
            TcpReadBufferSize = 10,
            UdpSocketReceiveBufferSize = -1,
            AdvertisedHost = " ",
        };

        var errors = options.Validate();

        Assert.Equal(7, errors.Count);
        Assert.Contains(errors, e => e.Contains("MaxUdpMessageSize", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SamePortTwice_IsReported()
    {
        var endPoint = new IPEndPoint(IPAddress.Loopback, 5070);
        var options = new SipTransportOptions { UdpListenEndPoints = [endPoint, endPoint], TcpListenEndPoints = [] };

        Assert.Single(options.Validate());
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        var options = new SipTransportOptions { TcpIdleTimeout = TimeSpan.Zero };

        var error = Assert.Throws<ArgumentException>(() => new SipTransportLayer(options));

        Assert.Contains("TcpIdleTimeout", error.Message, StringComparison.Ordinal);
    }
}
