using System.Text;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

/// <summary>
/// The validator checks raw slices without building objects; its verdict must stay that of the
/// object-building accessors (the validator's original formulation, kept here as the oracle).
/// </summary>
public class SipMessageValidatorEquivalenceTests
{
    private static readonly SipParserOptions NoValidation = new() { Validate = false };

    private static readonly string[] HeaderMutations =
    [
        "Via: SIP/2.0/UDP h;branch=z9hG4bK1;branch=2", "Via: SIP/2.0/UDP h;rport=70000", "Via: SIP/2.0/UDP [::1", "Via: SIP/2.0/UDP h;ttl=300",
        "From: <sip:a@b;x;x>", "From: \"open <sip:a@b>", "To: sip:a b@c", "To: <sip:a@%zz>", "Contact: *", "Contact: <sip:a@b>, bad<",
        "Contact: <sip:a@b>;q=1;q=2", "Max-Forwards: x", "Expires: -1", "Call-ID: a@b@c", "CSeq: 1 BYE", "Route: <sip:r;lr>",
        "From: <tel:+1;a=b>;tag=1", "To: <urn:x:y>", "Contact: \"n\" <sips:[2001:db8::1]:5061>;expires=60",
    ];

    [Fact]
    public void Validate_MessagesWithOneBadOrOddHeader_MatchesObjectBuildingAccessors()
    {
        var rejected = 0;
        foreach (var extra in HeaderMutations)
        {
            foreach (var requestUri in new[] { "sip:bob@biloxi.example.com", "sip:bob@%g1", "mailto:x@y", "sip:a@b;lr;LR" })
            {
                var text = TestMessages.Invite.Replace("sip:bob@biloxi.example.com SIP", requestUri + " SIP", StringComparison.Ordinal)
                    .Replace("Max-Forwards: 70\r\n", "Max-Forwards: 70\r\n" + extra + "\r\n", StringComparison.Ordinal);
                var message = SipMessageParser.Parse(Encoding.UTF8.GetBytes(text), NoValidation).Message!;

                // Validator first: the reference caches a parsed Request-URI, which would let the validator skip it.
                var actual = SipMessageValidator.Validate(message);
                var expected = ReferenceValidate(message);

                Assert.True(expected == actual, $"{extra} / {requestUri}: reference {expected}, validator {actual}");
                rejected += actual == SipError.None ? 0 : 1;
            }
        }

        Assert.True(rejected > HeaderMutations.Length, $"only {rejected} rejections: the cases prove little");
    }

    private static SipError ReferenceValidate(SipMessage message)
    {
        if (!message.TryGetVias(out _, out var error))
        {
            return error;
        }

        foreach (var kind in new[] { HeaderKind.From, HeaderKind.To, HeaderKind.CallId, HeaderKind.CSeq, HeaderKind.MaxForwards, HeaderKind.ContentType, HeaderKind.Expires })
        {
            if (message.Headers.OfKind(kind).Skip(1).Any())
            {
                return SipError.DuplicateHeader;
            }
        }

        var callId = message.Headers.GetFirstValue(HeaderKind.CallId);
        if (callId is null || callId.Count(c => c == '@') > 1 || callId.Any(c => c <= ' ' || c >= 0x7f) || callId.StartsWith('@') || callId.EndsWith('@'))
        {
            return callId is null ? SipError.MissingCallId : SipError.MalformedCallId;
        }

        if (!CSeqParser.TryParse(Encoding.UTF8.GetBytes(message.Headers.GetFirstValue(HeaderKind.CSeq)!), out var cseq, out error))
        {
            return error;
        }

        if (!message.TryGetNameAddress(HeaderKind.From, out _, out error) || !message.TryGetNameAddress(HeaderKind.To, out _, out error))
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

        var request = (SipRequest)message;
        if (cseq.Method != request.Method)
        {
            return SipError.CSeqMethodMismatch;
        }

        if (!request.TryGetRequestUri(out _, out error))
        {
            return error == SipError.InvalidEscape ? error : SipError.MalformedRequestUri;
        }

        return message.Headers.Contains(HeaderKind.Contact) && !message.IsContactWildcard
            && !message.TryGetNameAddressList(HeaderKind.Contact, out _, out error) ? error : SipError.None;
    }
}
