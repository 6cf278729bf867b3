using Voice.Sip.Auth;
using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Tests.Support;

using Voice.Testing;

namespace Voice.Sip.Tests.Auth;

/// <summary>A digest server for realm biloxi.com on a manual clock, with user bob / zanzibar.</summary>
internal sealed class DigestTestFixture
{
    public const string Realm = "biloxi.com";
    public const string User = "bob";
    public const string Password = "zanzibar";

    public DigestTestFixture(IReadOnlyList<DigestAlgorithm>? algorithms = null, int maxTrackedNonces = 1000, bool allowLegacy = true)
    {
        Server = new DigestServer(
            new DigestServerOptions
            {
                Realm = Realm,
                NonceSecret = Enumerable.Repeat((byte)7, 32).ToArray(),
                NonceLifetime = TimeSpan.FromMinutes(5),
                Algorithms = algorithms ?? [DigestAlgorithm.Sha256, DigestAlgorithm.Md5],
                MaxTrackedNonces = maxTrackedNonces,
                AllowLegacyNoQop = allowLegacy,
            },
            Time);
    }

    public ManualTimeProvider Time { get; } = new();

    public DigestServer Server { get; }

    public DigestSecretLookup Lookup { get; set; } = (user, realm, _) =>
        ValueTask.FromResult(user == User && realm == Realm ? DigestSecret.FromPassword(Password) : null);

    public static SipRequest Register(string requestUri = "sip:biloxi.com", long cseq = 1)
    {
        var request = new SipRequest(SipMethod.Register, SipUri.Parse(requestUri));
        request.Headers.Add(HeaderKind.Via, "SIP/2.0/UDP bobspc.biloxi.com:5060;branch=z9hG4bKnashds7");
        request.Headers.Add(HeaderKind.MaxForwards, "70");
        request.Headers.Add(HeaderKind.To, "Bob <sip:bob@biloxi.com>");
        request.Headers.Add(HeaderKind.From, "Bob <sip:bob@biloxi.com>;tag=456248");
        request.Headers.Add(HeaderKind.CallId, "843817637684230@998sdasdh09");
        request.Headers.Add(HeaderKind.CSeq, $"{cseq} REGISTER");
        request.Headers.Add(HeaderKind.ContentLength, "0");
        return request;
    }

    public ValueTask<DigestVerificationResult> VerifyAsync(SipRequest request, bool proxy = false) =>
        Server.VerifyAsync(request, Lookup, proxy);

    /// <summary>Challenge → client credentials: returns a REGISTER carrying the client's answer.</summary>
    public SipRequest AuthorizedRegister(DigestClient client, bool stale = false, long cseq = 2)
    {
        var challenge = Server.CreateChallengeResponse(Register(), stale: stale);
        var retry = Register(cseq: cseq);
        if (!client.TryAuthorize(retry, challenge))
        {
            throw new InvalidOperationException("client refused the challenge");
        }

        return retry;
    }
}
