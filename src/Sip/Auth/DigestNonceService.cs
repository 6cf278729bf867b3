using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Voice.Sip.Auth;

/// <summary>
/// Stateless nonces: base64url( timestamp(8) | random(16) | MAC(16) ), MAC = HMAC-SHA256(secret, timestamp |
/// random | realm) truncated to 128 bits. RFC 7616 §5.4 asks for nonces the server can check without state and
/// that a client cannot forge; the MAC gives both, and binding the realm stops reuse across realms.
/// </summary>
public sealed class DigestNonceService
{
    private const int TimestampLength = 8;
    private const int RandomLength = 16;
    private const int MacLength = 16;
    private const int RawLength = TimestampLength + RandomLength + MacLength;

    private readonly byte[] _secret;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DigestNonceService(byte[] secret, TimeSpan lifetime, TimeProvider time)
    {
        if (secret.Length < 32)
        {
            throw new ArgumentException("The nonce secret must be at least 32 bytes.", nameof(secret));
        }

        _secret = (byte[])secret.Clone();
        _lifetime = lifetime;
        _time = time;
    }

    public TimeSpan Lifetime => _lifetime;

    public string Create(string realm)
    {
        Span<byte> raw = stackalloc byte[RawLength];
        BinaryPrimitives.WriteInt64BigEndian(raw, _time.GetUtcNow().ToUnixTimeMilliseconds());
        RandomNumberGenerator.Fill(raw.Slice(TimestampLength, RandomLength));
        ComputeMac(raw[..(TimestampLength + RandomLength)], realm, raw[(TimestampLength + RandomLength)..]);
        return Base64Url.EncodeToString(raw);
    }

    /// <summary>Checks the MAC (in constant time) and the age; <paramref name="issuedAt"/> is set for genuine nonces.</summary>
    public NonceValidity Validate(string nonce, string realm, out DateTimeOffset issuedAt)
    {
        issuedAt = default;
        // The nonce comes from the client: check its alphabet and size first, because the decoder throws on bad input.
        Span<byte> raw = stackalloc byte[RawLength];
        if (nonce.Length > 64
            || !Base64Url.IsValid(nonce, out var decodedLength)
            || decodedLength != RawLength
            || !Base64Url.TryDecodeFromChars(nonce, raw, out var written)
            || written != RawLength)
        {
            return NonceValidity.Invalid;
        }

        Span<byte> expected = stackalloc byte[MacLength];
        ComputeMac(raw[..(TimestampLength + RandomLength)], realm, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, raw.Slice(TimestampLength + RandomLength, MacLength)))
        {
            return NonceValidity.Invalid;
        }

        issuedAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(raw));
        var age = _time.GetUtcNow() - issuedAt;
        return age > _lifetime ? NonceValidity.Expired : NonceValidity.Valid;
    }

    private void ComputeMac(ReadOnlySpan<byte> body, string realm, Span<byte> destination)
    {
        var realmBytes = Encoding.UTF8.GetBytes(realm);
        var input = new byte[body.Length + realmBytes.Length];
        body.CopyTo(input);
        realmBytes.CopyTo(input.AsSpan(body.Length));
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_secret, input, mac);
        mac[..MacLength].CopyTo(destination);
    }
}
