namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// Cancel the pending INVITE of <see cref="LegId"/> (RFC 3261 §9.1). Sent at once when the callee answered
/// provisionally; otherwise as soon as a provisional response arrives. A 2xx that crosses it is ACKed and BYEd by the call.
/// </summary>
public sealed record CancelAction(string NodeId, string CallThreadKey, string LegId) : SipAction(NodeId);
