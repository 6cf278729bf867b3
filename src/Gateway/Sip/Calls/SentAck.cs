using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Gateway.Sip.Calls;

/// <summary>An ACK we sent for a 2xx, kept for 64·T1 to answer retransmissions of that 2xx.</summary>
public sealed record SentAck(SipRequest Ack, SipEndPoint Destination);
