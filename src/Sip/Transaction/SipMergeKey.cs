namespace Voice.Sip.Transaction;

/// <summary>
/// The fields RFC 3261 §8.2.2.2 compares to detect a merged request: From tag, Call-ID and CSeq (number and method).
/// </summary>
internal readonly record struct SipMergeKey(string FromTag, string CallId, long CSeqNumber, string Method);
