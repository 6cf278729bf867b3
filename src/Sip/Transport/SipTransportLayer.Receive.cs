using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Transport;

public sealed partial class SipTransportLayer
{
    async ValueTask ISipPacketSink.OnPacketAsync(SipPacket packet)
    {
        Counters.OnReceived();
        var result = SipMessageParser.Parse(packet.Data, _options.ParserOptions, stream: packet.Remote.IsReliable);
        if (!result.Success)
        {
            await RejectAsync(result.Message, result.Error, packet.Remote).ConfigureAwait(false);
            return;
        }

        Counters.OnParsed();
        var message = result.Message!;
        if (message is SipRequest request)
        {
            ViaStamping.StampSource(request, packet.Remote.Address);
        }
        else if (!IsOurSentBy((SipResponse)message, out var sentBy))
        {
            // RFC 3261 §18.1.2: a response whose top Via we did not insert was misrouted; discard silently.
            Counters.OnDropped();
            Log.ForeignResponseDropped(_logger, packet.Remote, sentBy);
            return;
        }

        await DispatchAsync(new SipInboundMessage(message, packet.Remote, packet.Local)).ConfigureAwait(false);
    }

    async ValueTask ISipPacketSink.OnStreamFramingErrorAsync(SipPacket headerSection, SipError error)
    {
        Counters.OnReceived();
        SipMessage? partial = null;
        if (headerSection.Data.Length > 0)
        {
            // The framer's verdict stands; parsing the header section only recovers what a response needs.
            partial = SipMessageParser.Parse(headerSection.Data, _options.ParserOptions, stream: true).Message;
        }

        await RejectAsync(partial, error, headerSection.Remote).ConfigureAwait(false);
    }

    void ISipPacketSink.OnKeepAlivePing() => Counters.OnKeepAlivePing();

    /// <summary>
    /// Counts the reject and answers it when a response can be formed (RFC 3261 §8.2.6, §21.5.14 for 513…):
    /// back to the packet's source, which for TCP is the very connection it came on. Otherwise drops it.
    /// </summary>
    private async ValueTask RejectAsync(SipMessage? partial, SipError error, SipEndPoint remote)
    {
        Counters.OnRejected(error);
        Log.MessageRejected(_logger, remote, error);
        if (partial is SipRequest request)
        {
            ViaStamping.StampSource(request, remote.Address);
            if (SipResponseFactory.CreateForError(request, error) is { } response && await TrySendAsync(response, remote).ConfigureAwait(false))
            {
                Counters.OnErrorResponseSent();
                Log.ErrorResponseSent(_logger, response.StatusCode, remote);
                return;
            }
        }

        Counters.OnDropped();
    }

    private async ValueTask DispatchAsync(SipInboundMessage inbound)
    {
        var handler = Volatile.Read(ref _handler);
        if (handler is null)
        {
            Counters.OnDropped();
            Log.NoHandler(_logger, inbound.Remote);
            return;
        }

        try
        {
            await handler(inbound).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The handler belongs to an upper layer; its failure must not end a receive loop.
            Counters.OnHandlerFailure();
            Log.HandlerFailed(_logger, e, inbound.Remote);
        }
    }

    private async ValueTask<bool> TrySendAsync(SipMessage message, SipEndPoint destination)
    {
        try
        {
            await SendAsync(message, destination).ConfigureAwait(false);
            return true;
        }
        catch (Exception)
        {
            // SendAsync already counted and logged the failure.
            return false;
        }
    }
}
