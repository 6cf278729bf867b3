namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// How a leg's peer is reached: through which node's SIP transport (<see cref="NodeId"/>) and at which transport
/// address (<see cref="Address"/>, e.g. <c>udp:127.0.0.1:5061</c>). Requests to a peer leave from the node it talks
/// to, so its responses (and a TCP connection it opened) come back to where the transaction lives.
/// </summary>
public sealed record SipFlow(string NodeId, string Address);
