using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Tests.Transaction;

/// <summary>A fake transport that records what was sent, when (on the manual clock) and where; can be told to fail.</summary>
internal sealed class RecordingSender(TimeProvider clock) : ISipMessageSender
{
    private readonly DateTimeOffset _start = clock.GetUtcNow();

    public List<SentMessage> Sent { get; } = [];

    /// <summary>When set, every send throws this exception (a transport error).</summary>
    public Exception? FailWith { get; set; }

    public ValueTask SendAsync(SipMessage message, SipEndPoint destination, CancellationToken cancellationToken = default)
    {
        if (FailWith is { } failure)
        {
            throw failure;
        }

        lock (Sent)
        {
            Sent.Add(new SentMessage(message, destination, clock.GetUtcNow() - _start));
        }

        return ValueTask.CompletedTask;
    }

    public IReadOnlyList<SentMessage> Requests(SipMethod method) =>
        [.. Sent.Where(s => s.Message is SipRequest r && r.Method == method)];

    public IReadOnlyList<SentMessage> Responses(int status) =>
        [.. Sent.Where(s => s.Message is SipResponse r && r.StatusCode == status)];

    /// <summary>Times (seconds since the test began) at which requests of this method were sent.</summary>
    public double[] RequestTimes(SipMethod method) => [.. Requests(method).Select(s => s.At.TotalSeconds)];

    public double[] ResponseTimes(int status) => [.. Responses(status).Select(s => s.At.TotalSeconds)];
}
