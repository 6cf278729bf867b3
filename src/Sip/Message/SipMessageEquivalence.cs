namespace Voice.Sip.Message;

/// <summary>
/// Structural equality of two parsed messages: same start line, same header fields in the same order
/// (known headers by kind, so "i:" equals "Call-ID:"; unknown headers by case-insensitive name), same
/// values byte for byte, same body. This is the equality the serializer's round-trip guarantee is stated in.
/// </summary>
public static class SipMessageEquivalence
{
    public static bool AreEquivalent(SipMessage a, SipMessage b)
    {
        switch (a, b)
        {
            case (SipRequest ra, SipRequest rb):
                if (ra.Method != rb.Method || !ra.RawRequestUri.Span.SequenceEqual(rb.RawRequestUri.Span))
                {
                    return false;
                }

                break;
            case (SipResponse sa, SipResponse sb):
                if (sa.StatusCode != sb.StatusCode || sa.ReasonPhrase != sb.ReasonPhrase)
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if (!string.Equals(a.Version, b.Version, StringComparison.OrdinalIgnoreCase) || a.Headers.Count != b.Headers.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Headers.Count; i++)
        {
            var ha = a.Headers[i];
            var hb = b.Headers[i];
            if (ha.Kind != hb.Kind
                || (ha.Kind == HeaderKind.Unknown && !string.Equals(ha.Name, hb.Name, StringComparison.OrdinalIgnoreCase))
                || !ha.RawValue.Span.SequenceEqual(hb.RawValue.Span))
            {
                return false;
            }
        }

        return a.Body.Span.SequenceEqual(b.Body.Span);
    }
}
