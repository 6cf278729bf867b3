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

    // HeaderKind is a byte enum; every kind the validator looks at is well below this.
    private const int IndexedKinds = 64;

    private static readonly ulong SingleInstanceMask = SingleInstance.Aggregate(0UL, (mask, kind) => mask | (1UL << (int)kind));

    public static SipError Validate(SipMessage message)
    {
        // One pass finds the first field of every kind and any repeated single-instance field, so the checks
        // below never rescan the header list.
        Span<int> first = stackalloc int[IndexedKinds];
        var duplicate = IndexHeaders(message.Headers, first);

        // Via first: without a usable Via no response can be sent (RFC 3261 §18.2.2), so it is dropped.
        var error = ValidateVias(message.Headers, first[(int)HeaderKind.Via]);
        if (error != SipError.None)
        {
            return error;
        }

        if (duplicate)
        {
            return SipError.DuplicateHeader;
        }

        error = ValidateCoreHeaders(message.Headers, first, out var cseq);
        if (error != SipError.None || message is not SipRequest request)
        {
            return error;
        }

        if (cseq.Method != request.Method)
        {
            return SipError.CSeqMethodMismatch;
        }

        if (!request.ValidateRequestUri(out error))
        {
            return error == SipError.InvalidEscape ? error : SipError.MalformedRequestUri;
        }

        var contact = first[(int)HeaderKind.Contact];
        return contact >= 0 && !message.Headers.ValueAt(contact).SequenceEqual("*"u8)
            ? ValidateContacts(message.Headers, contact)
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

    // Call-ID, CSeq, From, To, Max-Forwards and Expires, in the order (and with the errors) of RFC 3261 §8.2.
    private static SipError ValidateCoreHeaders(SipHeaderCollection headers, ReadOnlySpan<int> first, out CSeqHeader cseq)
    {
        cseq = default;
        var callId = first[(int)HeaderKind.CallId];
        if (callId < 0)
        {
            return SipError.MissingCallId;
        }

        if (!IsCallId(headers.ValueAt(callId)))
        {
            return SipError.MalformedCallId;
        }

        var cseqIndex = first[(int)HeaderKind.CSeq];
        if (cseqIndex < 0)
        {
            return SipError.MissingCSeq;
        }

        if (!CSeqParser.TryParse(headers.ValueAt(cseqIndex), out cseq, out var error))
        {
            return error;
        }

        error = ValidateNameAddress(headers, HeaderKind.From, first[(int)HeaderKind.From]);
        if (error == SipError.None)
        {
            error = ValidateNameAddress(headers, HeaderKind.To, first[(int)HeaderKind.To]);
        }

        if (error != SipError.None)
        {
            return error;
        }

        if (!IsAbsentOrUInt(headers, first[(int)HeaderKind.MaxForwards]))
        {
            return SipError.MalformedMaxForwards;
        }

        return IsAbsentOrUInt(headers, first[(int)HeaderKind.Expires]) ? SipError.None : SipError.MalformedExpires;
    }

    /// <summary>
    /// Fills <paramref name="first"/> with the index of the first field of each kind (-1 when absent) and
    /// reports whether a single-instance kind occurs twice, in one pass with a bit per kind.
    /// </summary>
    private static bool IndexHeaders(SipHeaderCollection headers, Span<int> first)
    {
        first.Fill(-1);
        var duplicate = false;
        for (var i = 0; i < headers.Count; i++)
        {
            var kind = (int)headers.KindAt(i);
            if (kind >= IndexedKinds)
            {
                continue;
            }

            if (first[kind] < 0)
            {
                first[kind] = i;
            }
            else if ((SingleInstanceMask & (1UL << kind)) != 0)
            {
                duplicate = true;
            }
        }

        return duplicate;
    }

    // Same outcome as SipMessage.TryGetInt: absent is fine, present must be a non-negative int.
    private static bool IsAbsentOrUInt(SipHeaderCollection headers, int index) =>
        index < 0 || SipLexer.TryParseUInt(headers.ValueAt(index), int.MaxValue, out _);

    // Same outcome as SipMessage.TryGetVias: MissingVia without any, MalformedVia when one does not parse.
    private static SipError ValidateVias(SipHeaderCollection headers, int firstVia)
    {
        var any = false;
        for (var i = firstVia; i >= 0; i = headers.IndexOf(HeaderKind.Via, i + 1))
        {
            any = true;
            if (!ViaParser.ValidateList(headers.ValueAt(i), out var error))
            {
                return error;
            }
        }

        return any ? SipError.None : SipError.MissingVia;
    }

    // Same outcome as SipMessage.TryGetNameAddress.
    private static SipError ValidateNameAddress(SipHeaderCollection headers, HeaderKind kind, int index)
    {
        if (index < 0)
        {
            return kind == HeaderKind.From ? SipError.MissingFrom : SipError.MissingTo;
        }

        if (NameAddressParser.Validate(headers.ValueAt(index), out var error))
        {
            return SipError.None;
        }

        return error is SipError.MalformedQuotedString or SipError.InvalidEscape ? error : NameAddress.ErrorFor(kind);
    }

    // Same outcome as SipMessage.TryGetNameAddressList for Contact ("*" fields are skipped).
    private static SipError ValidateContacts(SipHeaderCollection headers, int firstContact)
    {
        for (var i = firstContact; i >= 0; i = headers.IndexOf(HeaderKind.Contact, i + 1))
        {
            var value = headers.ValueAt(i);
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
