using System.Globalization;
using System.Net;
using System.Text;
using Voice.Sip.Interop.Tests.Support;
using Voice.Sip.Transport;
using Voice.Testing;

namespace Voice.Sip.Interop.Tests;

/// <summary>
/// A message is lost on purpose between Voice.Sip and SIPp (UDP); the call still completes because the
/// stack's timers retransmit: timer E for a BYE whose 200 was lost, and the UAS core's 2xx retransmission
/// (RFC 3261 §13.3.1.4) for an INVITE whose ACK was lost.
/// </summary>
[Collection(SippCollection.Name)]
public class LostMessageTests
{
    private static readonly TimeSpan SippLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task StackUac_ResponseToByeLost_TimerERetransmitsByeAndCallCompletes()
    {
        await using var uac = await SampleUac.StartAsync();
        var port = FreePort.Udp();
        await using var sipp = SippProcess.Start(
            // SIPp stays in the call for 3 s after its 200 to the BYE, so the BYE repeated by Timer E gets that 200
            // again; it would otherwise quit at once (-m 1) and the repeated BYE would time out.
            ["-sf", Path.Combine(AppContext.BaseDirectory, "Scenarios", "uas_repeated_ack.xml"), "-d", "3000",
             "-t", "u1", "-i", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-m", "1"],
            SippLimit);
        await FreePort.WaitUntilBoundAsync(port, tcp: false, TimeSpan.FromSeconds(10));
        var dropped = 0;
        await using var relay = new LossyUdpRelay(
            new IPEndPoint(IPAddress.Loopback, port),
            dropFromServer: d => IsResponseTo(d, "BYE") && Interlocked.Exchange(ref dropped, 1) == 0);

        var outcome = await uac.CallAsync(new SipEndPoint(SipTransportProtocol.Udp, relay.ListenAddress), 0);
        var result = await sipp.WaitAsync(SippLimit);

        Assert.Null(outcome);
        Assert.Equal(1, relay.DroppedFromServer);
        Assert.Equal(2, relay.ClientMessages.Count(m => m.StartsWith("BYE ", StringComparison.Ordinal)));
        Assert.Equal(1, result.SuccessfulCalls);
        Assert.Equal(0, result.FailedCalls);
    }

    [Fact]
    public async Task StackUas_AckLost_SuccessResponseRetransmittedUntilAck()
    {
        await using var uas = await SampleUas.StartAsync();
        var dropped = 0;
        await using var relay = new LossyUdpRelay(
            uas.Stack.Local(SipTransportProtocol.Udp).Address,
            dropFromClient: d => Encoding.ASCII.GetString(d).StartsWith("ACK ", StringComparison.Ordinal) && Interlocked.Exchange(ref dropped, 1) == 0);

        await using var sipp = SippProcess.Start(
            ["-sn", "uac", relay.ListenAddress.ToString(), "-t", "u1", "-i", "127.0.0.1", "-s", "service", "-m", "1", "-d", "2000"],
            SippLimit);
        var result = await sipp.WaitAsync(SippLimit);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, relay.DroppedFromClient);
        Assert.True(uas.SuccessRetransmissions >= 1, "the 200 OK was never retransmitted");
        Assert.Equal(1, uas.Acks);
        Assert.Equal(1, uas.Byes);
    }

    private static bool IsResponseTo(byte[] datagram, string method)
    {
        var text = Encoding.ASCII.GetString(datagram);
        return text.StartsWith("SIP/2.0 200", StringComparison.Ordinal)
            && text.Contains($" {method}\r\n", StringComparison.Ordinal)
            && text.Contains("CSeq:", StringComparison.OrdinalIgnoreCase);
    }
}
