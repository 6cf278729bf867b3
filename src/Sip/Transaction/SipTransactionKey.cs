namespace Voice.Sip.Transaction;

/// <summary>
/// Identifies a transaction (RFC 3261 §17.1.3 / §17.2.3). <see cref="Branch"/> is the top Via branch, or for
/// RFC 2543 peers (no magic cookie) a composite of the fields §17.2.3 compares instead. <see cref="SentBy"/>
/// is empty for client keys, because a client only ever sees branches it generated itself.
/// <see cref="Method"/> is the method that created the transaction (ACK is folded into INVITE).
/// </summary>
public readonly record struct SipTransactionKey(string Branch, string SentBy, string Method, bool IsServer)
{
    public override string ToString() => $"{(IsServer ? "server" : "client")}:{Method}:{Branch}@{SentBy}";
}
