using System.Text;
using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Transaction;

/// <summary>Computes the transaction keys inbound messages are matched with (RFC 3261 §17.1.3, §17.2.3, §9.2).</summary>
public static class SipTransactionMatcher
{
    /// <summary>
    /// RFC 3261 §17.1.3: a response matches a client transaction when its top Via branch equals the request's
    /// and its CSeq method equals the request's method (so a CANCEL's response does not match the INVITE).
    /// </summary>
    public static bool TryGetClientKey(SipResponse response, out SipTransactionKey key)
    {
        key = default;
        if (!TryGetTopVia(response, out var via) || via.Branch is not { Length: > 0 } branch
            || !TryGetCSeq(response, out var cseq))
        {
            return false;
        }

        key = new SipTransactionKey(branch, string.Empty, cseq.Method.Name, IsServer: false);
        return true;
    }

    /// <summary>The key of the client transaction a request we send creates (its top Via branch + its method).</summary>
    public static bool TryGetClientKey(SipRequest request, out SipTransactionKey key)
    {
        key = default;
        if (!TryGetTopVia(request, out var via) || via.Branch is not { Length: > 0 } branch)
        {
            return false;
        }

        key = new SipTransactionKey(branch, string.Empty, request.Method.Name, IsServer: false);
        return true;
    }

    /// <summary>
    /// RFC 3261 §17.2.3: branch + sent-by + method, where an ACK matches the INVITE transaction it acknowledges.
    /// A CANCEL keeps its own method, so it creates its own transaction.
    /// </summary>
    public static bool TryGetServerKey(SipRequest request, out SipTransactionKey key) =>
        TryGetServerKey(request, request.Method == SipMethod.Ack ? SipMethod.Invite : request.Method, out key);

    /// <summary>RFC 3261 §9.2: the INVITE server transaction a CANCEL targets is matched as if the CANCEL were that INVITE.</summary>
    public static bool TryGetCancelTargetKey(SipRequest cancel, out SipTransactionKey key) =>
        TryGetServerKey(cancel, SipMethod.Invite, out key);

    internal static bool TryGetMergeKey(SipRequest request, out SipMergeKey key)
    {
        key = default;
        if (!request.TryGetNameAddress(HeaderKind.From, out var from, out _) || from.Tag is not { } fromTag
            || !request.Headers.TryGetFirst(HeaderKind.CallId, out var callId) || !TryGetCSeq(request, out var cseq))
        {
            return false;
        }

        key = new SipMergeKey(fromTag, callId.Value, cseq.Number, cseq.Method.Name);
        return true;
    }

    private static bool TryGetServerKey(SipRequest request, SipMethod method, out SipTransactionKey key)
    {
        key = default;
        if (!TryGetTopVia(request, out var via))
        {
            return false;
        }

        if (via.HasCompliantBranch)
        {
            // RFC 3261 §17.2.3: sent-by is compared too, since two clients may pick the same branch by accident.
            key = new SipTransactionKey(via.Branch!, via.SentBy.ToLowerInvariant(), method.Name, IsServer: true);
            return true;
        }

        return TryGetRfc2543Key(request, via, method, out key);
    }

    /// <summary>
    /// RFC 3261 §17.2.3, RFC 2543 fallback: Request-URI, From tag, Call-ID, CSeq number and top Via identify the
    /// transaction. The To tag is part of the key for non-INVITE requests only: an INVITE carries none while
    /// the ACK that matches it carries the tag of our response, which the INVITE transaction checks itself.
    /// </summary>
    private static bool TryGetRfc2543Key(SipRequest request, ViaHeader via, SipMethod method, out SipTransactionKey key)
    {
        key = default;
        if (!request.TryGetNameAddress(HeaderKind.From, out var from, out _)
            || !request.TryGetNameAddress(HeaderKind.To, out var to, out _)
            || !request.Headers.TryGetFirst(HeaderKind.CallId, out var callId)
            || !TryGetCSeq(request, out var cseq))
        {
            return false;
        }

        var composite = new StringBuilder("rfc2543|")
            .Append(Encoding.UTF8.GetString(request.RawRequestUri.Span)).Append('|')
            .Append(from.Tag).Append('|')
            .Append(callId.Value).Append('|')
            .Append(cseq.Number).Append('|')
            .Append(via);
        if (method != SipMethod.Invite)
        {
            composite.Append('|').Append(to.Tag);
        }

        key = new SipTransactionKey(composite.ToString(), string.Empty, method.Name, IsServer: true);
        return true;
    }

    private static bool TryGetTopVia(SipMessage message, out ViaHeader via)
    {
        via = null!;
        if (!message.TryGetVias(out var vias, out _) || vias.Count == 0)
        {
            return false;
        }

        via = vias[0];
        return true;
    }

    private static bool TryGetCSeq(SipMessage message, out CSeqHeader cseq)
    {
        cseq = default;
        return message.Headers.TryGetFirst(HeaderKind.CSeq, out var h) && CSeqParser.TryParse(h.RawValue.Span, out cseq, out _);
    }
}
