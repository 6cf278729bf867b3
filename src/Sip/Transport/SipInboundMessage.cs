using Voice.Sip.Message;

namespace Voice.Sip.Transport;

/// <summary>
/// A parsed, validated message as handed up by the transport layer: where it came from (the packet's
/// source, used for received/rport and for answering over the same connection) and where it arrived.
/// </summary>
public sealed record SipInboundMessage(SipMessage Message, SipEndPoint Remote, SipEndPoint Local);
