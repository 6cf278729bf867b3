namespace Voice.Sip.Transport;

/// <summary>
/// One datagram, or one message framed from a stream, as bytes the message will own (an exact-size copy,
/// never a pooled buffer, because parsed headers are slices of it and outlive the receive loop).
/// </summary>
internal readonly record struct SipPacket(byte[] Data, SipEndPoint Remote, SipEndPoint Local);
