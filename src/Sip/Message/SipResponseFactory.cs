using System.Globalization;

namespace Voice.Sip.Message;

/// <summary>Builds responses to requests per RFC 3261 §8.2.6.</summary>
public static class SipResponseFactory
{
    /// <summary>
    /// Copies Via (all, in order), From, To (adding <paramref name="toTag"/> when To has none), Call-ID and
    /// CSeq from the request (RFC 3261 §8.2.6.2); Content-Length 0.
    /// </summary>
    public static SipResponse Create(SipRequest request, int statusCode, string? reasonPhrase = null, string? toTag = null)
    {
        var response = new SipResponse(statusCode, reasonPhrase ?? SipReasonPhrases.Default(statusCode));
        foreach (var h in request.Headers)
        {
            switch (h.Kind)
            {
                case HeaderKind.Via:
                case HeaderKind.From:
                case HeaderKind.CallId:
                case HeaderKind.CSeq:
                    response.Headers.Add(new SipHeader(h.Kind, ReadOnlyMemory<byte>.Empty, h.RawValue));
                    break;
                case HeaderKind.To:
                    response.Headers.Add(ToWithTag(request, h, toTag, statusCode));
                    break;
                default:
                    break;
            }
        }

        response.Headers.Add(HeaderKind.ContentLength, "0");
        return response;
    }

    /// <summary>
    /// The response a malformed request earns, or null when none can be formed (status 0 in the error table,
    /// an ACK — which is never answered — or headers too broken to address a response).
    /// </summary>
    public static SipResponse? CreateForError(SipRequest request, SipError error, IEnumerable<string>? unsupported = null, int? minExpires = null)
    {
        var (status, reason) = SipErrorTable.Lookup(error);
        if (status == 0 || request.Method == SipMethod.Ack
            || !request.TryGetVias(out _, out _)
            || !request.Headers.Contains(HeaderKind.From) || !request.Headers.Contains(HeaderKind.To)
            || !request.Headers.Contains(HeaderKind.CallId) || !request.Headers.Contains(HeaderKind.CSeq))
        {
            return null;
        }

        var response = Create(request, status, reason);
        if (error == SipError.BadExtension && unsupported is not null)
        {
            response.Headers.Add(HeaderKind.Unsupported, string.Join(", ", unsupported));
        }

        if (error == SipError.IntervalTooBrief && minExpires is { } min)
        {
            response.Headers.Add(HeaderKind.MinExpires, min.ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }

    private static SipHeader ToWithTag(SipRequest request, SipHeader to, string? toTag, int statusCode)
    {
        // RFC 3261 §8.2.6.2: add a tag unless the request already had one; 100 Trying never gets one.
        if (toTag is null || statusCode == 100 || !request.TryGetNameAddress(HeaderKind.To, out var parsed, out _) || parsed.Tag is not null)
        {
            return new SipHeader(HeaderKind.To, ReadOnlyMemory<byte>.Empty, to.RawValue);
        }

        return SipHeader.Create(HeaderKind.To, $"{to.Value};tag={toTag}");
    }
}
