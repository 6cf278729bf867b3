using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Voice.Gateway.Rest.Json;

namespace Voice.Gateway.Rest.Auth;

/// <summary>
/// Issues and checks bearer tokens in JWT compact form (RFC 7519) signed with HMAC-SHA256 (alg HS256). Our own small
/// implementation rather than a JWT library: we need one algorithm, one issuer and five claims, and the JwtBearer
/// package is not reliably available from our package source. A token whose header is not exactly HS256 is refused
/// (no "alg: none", no algorithm confusion).
/// </summary>
internal sealed class AccessTokenSigner
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes(Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8));
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public AccessTokenSigner(byte[] key, TimeProvider time)
    {
        _key = key;
        _time = time;
    }

    /// <summary>A key from the configured text (UTF-8), or 32 random bytes when none is configured.</summary>
    public static byte[] KeyFrom(string? configured) =>
        string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(configured);

    public long Now => _time.GetUtcNow().ToUnixTimeSeconds();

    public string Issue(AccessToken token)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(token, RestJson.Context.AccessToken));
        var signingInput = new byte[Header.Length + 1 + Encoding.UTF8.GetByteCount(payload)];
        Header.CopyTo(signingInput, 0);
        signingInput[Header.Length] = (byte)'.';
        Encoding.UTF8.GetBytes(payload, signingInput.AsSpan(Header.Length + 1));
        var signature = HMACSHA256.HashData(_key, signingInput);
        return $"{Encoding.UTF8.GetString(signingInput)}.{Base64Url.EncodeToString(signature)}";
    }

    public TokenCheck Validate(string compact)
    {
        var parts = compact.Split('.');
        if (parts.Length != 3 || !Encoding.UTF8.GetBytes(parts[0]).AsSpan().SequenceEqual(Header))
        {
            return TokenCheck.Malformed;
        }

        var expected = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{parts[0]}.{parts[1]}"));
        if (!TryDecode(parts[2], out var signature) || !CryptographicOperations.FixedTimeEquals(signature, expected))
        {
            return TokenCheck.BadSignature;
        }

        AccessToken? token;
        try
        {
            token = TryDecode(parts[1], out var payload) ? JsonSerializer.Deserialize(payload, RestJson.Context.AccessToken) : null;
        }
        catch (JsonException)
        {
            token = null;
        }

        if (token is null)
        {
            return TokenCheck.Malformed;
        }

        return token.ExpiresAt <= Now ? TokenCheck.Expired : new TokenCheck(TokenStatus.Valid, token);
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
