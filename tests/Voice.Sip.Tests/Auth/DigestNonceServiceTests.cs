using FsCheck;
using FsCheck.Fluent;
using Voice.Sip.Auth;
using Voice.Sip.Tests.Support;

using Voice.Testing;

namespace Voice.Sip.Tests.Auth;

public class DigestNonceServiceTests
{
    [Fact]
    public void Validate_NonceFromAnotherRealmOrGarbled_Invalid()
    {
        var time = new ManualTimeProvider();
        var nonces = new DigestNonceService(new byte[32], TimeSpan.FromMinutes(5), time);
        var nonce = nonces.Create("atlanta.com");

        Assert.Equal(NonceValidity.Valid, nonces.Validate(nonce, "atlanta.com", out var issuedAt));
        Assert.Equal(time.GetUtcNow(), issuedAt);
        Assert.Equal(NonceValidity.Invalid, nonces.Validate(nonce, "biloxi.com", out _));
        Assert.Equal(NonceValidity.Invalid, nonces.Validate("not-a-nonce", "atlanta.com", out _));
        Assert.Equal(NonceValidity.Invalid, nonces.Validate(nonce[..^2], "atlanta.com", out _));
        Assert.Equal(NonceValidity.Invalid, nonces.Validate(nonce + "AAAA", "atlanta.com", out _));
    }

    [Fact]
    public void Validate_AtLifetimeBoundary_ValidThenExpired()
    {
        var time = new ManualTimeProvider();
        var nonces = new DigestNonceService(new byte[32], TimeSpan.FromMinutes(5), time);
        var nonce = nonces.Create("r");

        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(NonceValidity.Valid, nonces.Validate(nonce, "r", out _));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(NonceValidity.Expired, nonces.Validate(nonce, "r", out _));
    }

    [Fact]
    public void Validate_AnyClientSuppliedString_NeverThrowsAndIsInvalid()
    {
        var nonces = new DigestNonceService(new byte[32], TimeSpan.FromMinutes(5), new ManualTimeProvider());

        Check.QuickThrowOnFailure(Prop.ForAll<string>(text =>
            nonces.Validate(text ?? string.Empty, "r", out _) == NonceValidity.Invalid));
    }

    [Fact]
    public void Constructor_ShortSecret_Rejected()
    {
        Assert.Throws<ArgumentException>(() => new DigestNonceService(new byte[16], TimeSpan.FromMinutes(1), TimeProvider.System));
    }
}
