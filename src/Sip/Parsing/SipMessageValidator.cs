using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// The checks every received message passes before the transaction layer sees it (RFC 3261 §8.2, §18):
/// the headers needed to answer or match it exist and parse, single-instance headers are single, and
/// the CSeq method agrees with the Request-Line. Policy checks (Require, Max-Forwards) are separate
/// because they depend on what the receiving element supports and does.
/// Every check runs on the raw header slices through the parsers' allocation-free Validate entry points,
/// which share their grammar with the TryParse forms, so validating a message builds no objects.
/// </summary>
public static class SipMessageValidator
{
    private static readonly HeaderKind[] SingleInstance =
        [HeaderKind.From, HeaderKind.To, HeaderKind.CallId, HeaderKind.CSeq, HeaderKind.MaxForwards, HeaderKind.ContentType, HeaderKind.Expires];

    private static readonly ulong SingleInstanceMask = SingleInstance.Aggregate(0UL, (mask, kind) => mask | (1UL << (int)kind));

    public static SipError Validate(SipMessage message)
    {
        // Via first: without a usable Via no response can be sent (RFC 3261 §18.2.2), so it is dropped.
        var error = ValidateVias(message.Headers);
        if (error != SipError.None)
        {
            return error;
        }

        if (HasDuplicateSingleInstance(message.Headers))
        {
            return SipError.DuplicateHeader;
        }

        if (!message.Headers.TryGetFirst(HeaderKind.CallId, out var callId))
        {
            return SipError.MissingCallId;
        }

        if (!IsCallId(callId.RawValue.Span))
        {
            return SipError.MalformedCallId;
        }

        if (!message.Headers.TryGetFirst(HeaderKind.CSeq, out var cseqHeader))
        {
            return SipError.MissingCSeq;
        }

        if (!CSeqParser.TryParse(cseqHeader.RawValue.Span, out var cseq, out error))
        {
            return error;
        }

        error = ValidateNameAddress(message.Headers, HeaderKind.From);
        if (error == SipError.None)
        {
            error = ValidateNameAddress(message.Headers, HeaderKind.To);
        }

        if (error != SipError.None)
        {
            return error;
        }

        if (!message.TryGetInt(HeaderKind.MaxForwards, out _))
        {
            return SipError.MalformedMaxForwards;
        }

        if (!message.TryGetInt(HeaderKind.Expires, out _))
        {
            return SipError.MalformedExpires;
        }

        if (message is not SipRequest request)
        {
            return SipError.None;
        }

        if (cseq.Method != request.Method)
        {
            return SipError.CSeqMethodMismatch;
        }

        if (!request.ValidateRequestUri(out error))
        {
            return error == SipError.InvalidEscape ? error : SipError.MalformedRequestUri;
        }

        return message.Headers.Contains(HeaderKind.Contact) && !message.IsContactWildcard
            ? ValidateContacts(message.Headers)
            : SipError.None;
    }

    /// <summary>
    /// Policy checks a UAS or B2BUA applies to a valid request: RFC 3261 §8.2.2.3 (Require → 420, never for
    /// ACK or CANCEL) and §16.3 (Max-Forwards 0 → 483, except OPTIONS which may be answered).
    /// <paramref name="unsupported"/> receives the option tags to list in the 420's Unsupported header.
    /// </summary>
    public static SipError CheckPolicy(SipRequest request, IReadOnlySet<string> supportedExtensions, List<string> unsupported)
    {
        if (request.Method != SipMethod.Ack && request.Method != SipMethod.Cancel)
        {
            foreach (var h in request.Headers.OfKind(HeaderKind.Require))
            {
                var splitter = new CommaSplitter(h.RawValue.Span);
                while (splitter.MoveNext())
                {
                    var tag = SipLexer.Ascii(splitter.Current);
                    if (!supportedExtensions.Contains(tag))
                    {
                        unsupported.Add(tag);
                    }
                }
            }

            if (unsupported.Count > 0)
            {
                return SipError.BadExtension;
            }
        }

        if (request.TryGetInt(HeaderKind.MaxForwards, out var maxForwards) && maxForwards == 0
            && request.Method != SipMethod.Options && request.Method != SipMethod.Ack)
        {
            return SipError.TooManyHops;
        }

        return SipError.None;
    }

    // One pass with a bit per kind instead of two IndexOf scans per single-instance kind.
    private static bool HasDuplicateSingleInstance(SipHeaderCollection headers)
    {
        var seen = 0UL;
        for (var i = 0; i < headers.Count; i++)
        {
            var kind = (int)headers[i].Kind;
            var bit = kind < 64 ? 1UL << kind : 0;
            if ((bit & SingleInstanceMask) == 0)
            {
                continue;
            }

            if ((seen & bit) != 0)
            {
                return true;
            }

            seen |= bit;
        }

        return false;
    }

    // Same outcome as SipMessage.TryGetVias: MissingVia without any, MalformedVia when one does not parse.
    private static SipError ValidateVias(SipHeaderCollection headers)
    {
        var any = false;
        for (var i = headers.IndexOf(HeaderKind.Via); i >= 0; i = headers.IndexOf(HeaderKind.Via, i + 1))
        {
            any = true;
            if (!ViaParser.ValidateList(headers[i].RawValue.Span, out var error))
            {
                return error;
            }
        }

        return any ? SipError.None : SipError.MissingVia;
    }

    // Same outcome as SipMessage.TryGetNameAddress.
    private static SipError ValidateNameAddress(SipHeaderCollection headers, HeaderKind kind)
    {
        if (!headers.TryGetFirst(kind, out var header))
        {
            return kind == HeaderKind.From ? SipError.MissingFrom : SipError.MissingTo;
        }

        if (NameAddressParser.Validate(header.RawValue.Span, out var error))
        {
            return SipError.None;
        }

        return error is SipError.MalformedQuotedString or SipError.InvalidEscape ? error : NameAddress.ErrorFor(kind);
    }

    // Same outcome as SipMessage.TryGetNameAddressList for Contact ("*" fields are skipped).
    private static SipError ValidateContacts(SipHeaderCollection headers)
    {
        for (var i = headers.IndexOf(HeaderKind.Contact); i >= 0; i = headers.IndexOf(HeaderKind.Contact, i + 1))
        {
            var value = headers[i].RawValue.Span;
            if (!value.SequenceEqual("*"u8) && !NameAddressParser.ValidateList(value, out _))
            {
                return SipError.MalformedContact;
            }
        }

        return SipError.None;
    }

    // RFC 3261 §25.1: callid = word [ "@" word ]; words have no whitespace.
    private static bool IsCallId(ReadOnlySpan<byte> value) =>
        !value.IsEmpty
        && value.IndexOfAnyExceptInRange((byte)'!', (byte)'~') < 0 // visible ASCII only (vectorized)
        && value.Count((byte)'@') <= 1
        && value[0] != '@' && value[^1] != '@';
}
