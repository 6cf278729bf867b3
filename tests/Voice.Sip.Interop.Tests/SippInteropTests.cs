using System.Globalization;
using System.Net;
using Voice.Sip.Interop.Tests.Support;
using Voice.Sip.Transport;
using Voice.Testing;

namespace Voice.Sip.Interop.Tests;

/// <summary>
/// Voice.Sip against the real SIPp 3.6 over loopback: SIPp's built-in uac calling our UAS and SIPp's
/// built-in uas answering our UAC, 1,000 calls each over UDP and TCP, with zero failures.
/// </summary>
[Collection(SippCollection.Name)]
public class SippInteropTests
{
    private const int Calls = 1000;
    private static readonly TimeSpan SippLimit = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("u1")]
    [InlineData("t1")]
    public async Task SippUac_CallsStackUas_AllCallsSucceed(string sippTransport)
    {
        await using var uas = await SampleUas.StartAsync();
        var protocol = sippTransport == "u1" ? SipTransportProtocol.Udp : SipTransportProtocol.Tcp;
        var target = uas.Stack.Local(protocol).Address;

        await using var sipp = SippProcess.Start(
            ["-sn", "uac", target.ToString(), "-t", sippTransport, "-i", "127.0.0.1", "-s", "service",
             "-m", Calls.ToString(CultureInfo.InvariantCulture), "-r", "250", "-l", "100"],
            SippLimit);
        var result = await sipp.WaitAsync(SippLimit + TimeSpan.FromSeconds(10));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Calls, result.SuccessfulCalls);
        Assert.Equal(0, result.FailedCalls);
        Assert.Equal(Calls, uas.Invites);
        Assert.Equal(Calls, uas.Byes);
        Assert.Equal(Calls, uas.Acks);
        Assert.Equal(0, uas.TransactionFailures);
    }

    [Theory]
    [InlineData("u1")]
    [InlineData("t1")]
    public async Task StackUac_CallsSippUas_AllCallsSucceed(string sippTransport)
    {
        await using var uac = await SampleUac.StartAsync();
        var tcp = sippTransport == "t1";
        var port = FreePort.Udp();
        await using var sipp = SippProcess.Start(
            ["-sf", Path.Combine(AppContext.BaseDirectory, "Scenarios", "uas_repeated_ack.xml"), "-t", sippTransport, "-i", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture),
             "-m", Calls.ToString(CultureInfo.InvariantCulture)],
            SippLimit);
        await FreePort.WaitUntilBoundAsync(port, tcp, TimeSpan.FromSeconds(10));
        var target = new SipEndPoint(tcp ? SipTransportProtocol.Tcp : SipTransportProtocol.Udp, new IPEndPoint(IPAddress.Loopback, port));

        var succeeded = await uac.RunCallsAsync(target, Calls, concurrency: 50);
        var result = await sipp.WaitAsync(SippLimit + TimeSpan.FromSeconds(10));

        Assert.True(succeeded == Calls, string.Join("\n", uac.Failures.Take(10)));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Calls, result.SuccessfulCalls);
        Assert.Equal(0, result.FailedCalls);
    }
}
