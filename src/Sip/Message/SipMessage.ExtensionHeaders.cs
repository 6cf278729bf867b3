using Voice.Sip.Headers;
using Voice.Sip.Parsing;

namespace Voice.Sip.Message;

/// <summary>
/// Typed views of the extension headers (Content-Type, Refer-To, Referred-By, Replaces, Event,
/// Subscription-State, Reason), parsed from the raw slices on each read like the core ones. Optional
/// headers read as null when absent; the throwing properties raise <see cref="SipParseException"/> only
/// for a malformed value, and the <c>TryGet…</c> forms report the <see cref="SipError"/> instead.
/// </summary>
public abstract partial class SipMessage
{
    public ContentTypeHeader? ContentType =>
        TryGetContentType(out var value, out var error) ? value : throw new SipParseException(error, HeaderKind.ContentType);

    /// <summary>Refer-To (RFC 3515), with any Replaces embedded in its URI parsed (RFC 3891 §5).</summary>
    public ReferToHeader? ReferTo =>
        TryGetReferTo(out var value, out var error) ? value : throw new SipParseException(error, HeaderKind.ReferTo);

    /// <summary>Referred-By (RFC 3892 §3): the referrer as a name-addr.</summary>
    public NameAddress? ReferredBy =>
        TryGetReferredBy(out var value, out var error) ? value : throw new SipParseException(error, HeaderKind.ReferredBy);

    public ReplacesHeader? Replaces =>
        TryGetReplaces(out var value, out var error) ? value : throw new SipParseException(error, HeaderKind.Replaces);

    public EventHeader? Event =>
        TryGetEvent(out var value, out var error) ? value : throw new SipParseException(error, HeaderKind.Event);

    public SubscriptionStateHeader? SubscriptionState =>
        TryGetSubscriptionState(out var value, out var error) ? value : throw new SipParseException(error, HeaderKind.SubscriptionState);

    /// <summary>Every reason-value of every Reason field, in order (RFC 3326 §2 allows one per protocol).</summary>
    public IReadOnlyList<ReasonHeader> Reasons =>
        TryGetReasons(out var value, out var error) ? value : throw new SipParseException(error, HeaderKind.Reason);

    public bool TryGetContentType(out ContentTypeHeader? value, out SipError error) =>
        TryGetSingle<ContentTypeHeader>(HeaderKind.ContentType, ContentTypeParser.TryParse, out value, out error);

    public bool TryGetReferTo(out ReferToHeader? value, out SipError error) =>
        TryGetSingle<ReferToHeader>(HeaderKind.ReferTo, ReferToParser.TryParse, out value, out error);

    public bool TryGetReferredBy(out NameAddress? value, out SipError error)
    {
        if (TryGetSingle<NameAddress>(HeaderKind.ReferredBy, NameAddressParser.TryParse, out value, out error))
        {
            return true;
        }

        error = error is SipError.MalformedQuotedString or SipError.InvalidEscape ? error : SipError.MalformedNameAddress;
        return false;
    }

    public bool TryGetReplaces(out ReplacesHeader? value, out SipError error) =>
        TryGetSingle<ReplacesHeader>(HeaderKind.Replaces, ReplacesParser.TryParse, out value, out error);

    public bool TryGetEvent(out EventHeader? value, out SipError error) =>
        TryGetSingle<EventHeader>(HeaderKind.Event, EventParser.TryParse, out value, out error);

    public bool TryGetSubscriptionState(out SubscriptionStateHeader? value, out SipError error) =>
        TryGetSingle<SubscriptionStateHeader>(HeaderKind.SubscriptionState, SubscriptionStateParser.TryParse, out value, out error);

    public bool TryGetReasons(out List<ReasonHeader> value, out SipError error)
    {
        value = [];
        error = SipError.None;
        foreach (var h in Headers.OfKind(HeaderKind.Reason))
        {
            if (!ReasonParser.TryParseList(h.RawValue.Span, value, out error))
            {
                return false;
            }
        }

        return true;
    }

    private delegate bool SpanParser<T>(ReadOnlySpan<byte> span, out T value, out SipError error);

    /// <summary>Parses the first field of a single-valued header; true with null when the header is absent.</summary>
    private bool TryGetSingle<T>(HeaderKind kind, SpanParser<T> parser, out T? value, out SipError error)
        where T : class
    {
        value = null;
        error = SipError.None;
        if (!Headers.TryGetFirst(kind, out var h))
        {
            return true;
        }

        if (!parser(h.RawValue.Span, out var parsed, out error))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
