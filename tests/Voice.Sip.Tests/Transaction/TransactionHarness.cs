using Microsoft.Extensions.Logging.Abstractions;
using Voice.Sip.Message;
using Voice.Sip.Tests.Support;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

using Voice.Testing;

namespace Voice.Sip.Tests.Transaction;

/// <summary>A transaction layer wired to a manual clock, a recording transport and a recording TU.</summary>
internal sealed class TransactionHarness
{
    public static readonly SipEndPoint UdpPeer = SipEndPoint.Udp("192.0.2.10", 5060);
    public static readonly SipEndPoint TcpPeer = SipEndPoint.Tcp("192.0.2.10", 40123);
    public static readonly SipEndPoint UdpLocal = SipEndPoint.Udp("198.51.100.1", 5060);

    public TransactionHarness(SipTransactionOptions? options = null)
    {
        Clock = new ManualTimeProvider();
        Sender = new RecordingSender(Clock);
        User = new RecordingTransactionUser();
        Layer = new SipTransactionLayer(Sender, options ?? new SipTransactionOptions(), Clock, NullLogger.Instance) { TransactionUser = User };
    }

    public ManualTimeProvider Clock { get; }

    public RecordingSender Sender { get; }

    public RecordingTransactionUser User { get; }

    public SipTransactionLayer Layer { get; }

    public void AdvanceSeconds(double seconds) => Clock.Advance(TimeSpan.FromSeconds(seconds));

    /// <summary>Advances to an absolute time (seconds since the harness was created).</summary>
    public void AdvanceTo(double seconds)
    {
        var target = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds);
        Clock.Advance(target - Clock.GetUtcNow());
    }

    public Task ReceiveAsync(SipMessage message, SipEndPoint? remote = null) =>
        Layer.HandleInboundAsync(new SipInboundMessage(message, remote ?? UdpPeer, remote is { IsReliable: true } ? SipEndPoint.Tcp("198.51.100.1", 5060) : UdpLocal));

    public async Task<T> SendAsync<T>(SipRequest request, SipEndPoint? destination = null)
        where T : SipClientTransaction =>
        Assert.IsType<T>(await Layer.SendRequestAsync(request, destination ?? UdpPeer));

    /// <summary>Receives a request and returns the server transaction the TU was handed.</summary>
    public async Task<T> ReceiveNewAsync<T>(SipRequest request, SipEndPoint? remote = null)
        where T : SipServerTransaction
    {
        var before = User.Requests.Count;
        await ReceiveAsync(request, remote);
        Assert.Equal(before + 1, User.Requests.Count);
        return Assert.IsType<T>(User.Requests[^1]);
    }
}
