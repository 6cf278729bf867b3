using System.Globalization;
using Voice.Sip.Headers;
using Voice.Sip.Parsing;

namespace Voice.Sip.Message;

/// <summary>
/// Typed views of the core headers, parsed from the raw slices each time they are asked for
/// (no cache to go stale when headers are edited). Accessors throw <see cref="SipParseException"/>
/// on a malformed value; the <c>TryGet…</c> forms report the <see cref="SipError"/> instead.
/// </summary>
public abstract partial class SipMessage
{
    public string CallId => Headers.TryGetFirst(HeaderKind.CallId, out var h)
        ? h.Value
        : throw new SipParseException(SipError.MissingCallId, HeaderKind.CallId);

    public CSeqHeader CSeq
    {
        get
        {
            if (!Headers.TryGetFirst(HeaderKind.CSeq, out var h))
            {
                throw new SipParseException(SipError.MissingCSeq, HeaderKind.CSeq);
            }

            return CSeqParser.TryParse(h.RawValue.Span, out var cseq, out var error) ? cseq : throw new SipParseException(error, HeaderKind.CSeq);
        }
    }

    public NameAddress From => GetNameAddress(HeaderKind.From, SipError.MissingFrom);

    public NameAddress To => GetNameAddress(HeaderKind.To, SipError.MissingTo);

    /// <summary>All Via values in order, top first (RFC 3261 §20.42 allows several per field).</summary>
    public IReadOnlyList<ViaHeader> Vias => TryGetVias(out var vias, out var error) ? vias : throw new SipParseException(error, HeaderKind.Via);

    public ViaHeader TopVia => Vias[0];

    public IReadOnlyList<NameAddress> Contacts => GetNameAddressList(HeaderKind.Contact);

    /// <summary>True for <c>Contact: *</c> (RFC 3261 §10.2.2, remove all bindings).</summary>
    public bool IsContactWildcard =>
        Headers.TryGetFirst(HeaderKind.Contact, out var h) && h.RawValue.Span.SequenceEqual("*"u8);

    public IReadOnlyList<NameAddress> Routes => GetNameAddressList(HeaderKind.Route);

    public IReadOnlyList<NameAddress> RecordRoutes => GetNameAddressList(HeaderKind.RecordRoute);

    public int? MaxForwards => GetInt(HeaderKind.MaxForwards, SipError.MalformedMaxForwards);

    public int? Expires => GetInt(HeaderKind.Expires, SipError.MalformedExpires);

    public int? MinExpires => GetInt(HeaderKind.MinExpires, SipError.MalformedExpires);

    public int? ContentLength => GetInt(HeaderKind.ContentLength, SipError.MalformedContentLength);

    public bool TryGetVias(out List<ViaHeader> vias, out SipError error)
    {
        vias = [];
        error = SipError.MissingVia;
        var any = false;
        foreach (var h in Headers.OfKind(HeaderKind.Via))
        {
            any = true;
            if (!ViaParser.TryParseList(h.RawValue.Span, vias, out error))
            {
                return false;
            }
        }

        return any;
    }

    public bool TryGetNameAddress(HeaderKind kind, out NameAddress value, out SipError error)
    {
        value = null!;
        if (!Headers.TryGetFirst(kind, out var h))
        {
            error = kind switch
            {
                HeaderKind.From => SipError.MissingFrom,
                HeaderKind.To => SipError.MissingTo,
                _ => SipError.MalformedNameAddress,
            };
            return false;
        }

        if (!NameAddressParser.TryParse(h.RawValue.Span, out value, out error))
        {
            error = error is SipError.MalformedQuotedString or SipError.InvalidEscape ? error : NameAddress.ErrorFor(kind);
            return false;
        }

        return true;
    }

    /// <summary>Parses every field of a name-addr list header (Contact, Route, Record-Route…), in order.</summary>
    public bool TryGetNameAddressList(HeaderKind kind, out List<NameAddress> values, out SipError error)
    {
        values = [];
        error = SipError.None;
        foreach (var h in Headers.OfKind(kind))
        {
            if (kind == HeaderKind.Contact && h.RawValue.Span.SequenceEqual("*"u8))
            {
                continue;
            }

            if (!NameAddressParser.TryParseList(h.RawValue.Span, values, out error))
            {
                error = NameAddress.ErrorFor(kind);
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a non-negative integer header; null when absent.</summary>
    public bool TryGetInt(HeaderKind kind, out int? value)
    {
        value = null;
        if (!Headers.TryGetFirst(kind, out var h))
        {
            return true;
        }

        if (!SipLexer.TryParseUInt(h.RawValue.Span, int.MaxValue, out var v))
        {
            return false;
        }

        value = (int)v;
        return true;
    }

    public void SetInt(HeaderKind kind, int value) => Headers.Set(kind, value.ToString(CultureInfo.InvariantCulture));

    private NameAddress GetNameAddress(HeaderKind kind, SipError missing)
    {
        if (!Headers.Contains(kind))
        {
            throw new SipParseException(missing, kind);
        }

        return TryGetNameAddress(kind, out var value, out var error) ? value : throw new SipParseException(error, kind);
    }

    private List<NameAddress> GetNameAddressList(HeaderKind kind) =>
        TryGetNameAddressList(kind, out var values, out var error) ? values : throw new SipParseException(error, kind);

    private int? GetInt(HeaderKind kind, SipError error) =>
        TryGetInt(kind, out var value) ? value : throw new SipParseException(error, kind);
}
