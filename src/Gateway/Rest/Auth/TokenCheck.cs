namespace Voice.Gateway.Rest.Auth;

/// <summary>A checked bearer token: its status and, when valid, what it says.</summary>
internal sealed record TokenCheck(TokenStatus Status, AccessToken? Token)
{
    public static TokenCheck Malformed { get; } = new(TokenStatus.Malformed, null);

    public static TokenCheck BadSignature { get; } = new(TokenStatus.BadSignature, null);

    public static TokenCheck Expired { get; } = new(TokenStatus.Expired, null);
}
