using Voice.Sip.Transaction;

namespace Voice.Gateway.Sip.Calls;

/// <summary>A server transaction waiting for its call thread's answer, and which call that is.</summary>
public sealed record PendingServerTransaction(SipServerTransaction Transaction, string CallThreadKey);
