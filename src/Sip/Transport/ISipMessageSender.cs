using Voice.Sip.Message;

namespace Voice.Sip.Transport;

/// <summary>
/// What the transaction layer needs from transports: send a message to a transport address.
/// For a connection-oriented protocol the implementation reuses an open connection to that address
/// (RFC 3261 §18.2.2 / §18.1.1) or opens one.
/// </summary>
public interface ISipMessageSender
{
    ValueTask SendAsync(SipMessage message, SipEndPoint destination, CancellationToken cancellationToken = default);
}
