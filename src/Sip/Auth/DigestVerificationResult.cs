namespace Voice.Sip.Auth;

/// <summary>The outcome of <see cref="DigestServer.VerifyAsync"/>; <see cref="Username"/> is set once credentials were read.</summary>
public readonly record struct DigestVerificationResult(DigestVerificationStatus Status, string? Username = null)
{
    public bool IsOk => Status == DigestVerificationStatus.Ok;

    /// <summary>RFC 7616 §3.3: stale=true tells the client to retry with the new nonce without asking the user again.</summary>
    public bool ShouldChallengeStale => Status == DigestVerificationStatus.StaleNonce;
}
