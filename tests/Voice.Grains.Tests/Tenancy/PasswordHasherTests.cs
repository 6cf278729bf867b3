using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tests.Tenancy;

public sealed class PasswordHasherTests
{
    [Fact]
    public void Verify_SamePassword_ReturnsTrue()
    {
        var hash = PasswordHasher.Hash("demo-agent", 2_000);

        Assert.True(PasswordHasher.Verify("demo-agent", hash));
        Assert.False(PasswordHasher.Verify("demo-agenT", hash));
        Assert.Equal("PBKDF2-SHA256", hash.Algorithm);
        Assert.Equal(2_000, hash.Iterations);
    }

    [Fact]
    public void Hash_SamePasswordTwice_DiffersBySalt()
    {
        var first = PasswordHasher.Hash("demo-agent", 2_000);
        var second = PasswordHasher.Hash("demo-agent", 2_000);

        Assert.NotEqual(first.Salt, second.Salt);
        Assert.NotEqual(first.Hash, second.Hash);
        Assert.True(PasswordHasher.Verify("demo-agent", second));
    }

    [Fact]
    public void Verify_IterationsTamperedWith_ReturnsFalse()
    {
        var hash = PasswordHasher.Hash("pw", 2_000);

        Assert.False(PasswordHasher.Verify("pw", hash with { Iterations = 2_001 }));
        Assert.False(PasswordHasher.Verify("pw", hash with { Salt = "not base64!" }));
    }

    [Fact]
    public void Default_UsesOwaspIterationCount()
    {
        Assert.Equal(600_000, PasswordHasher.DefaultIterations);
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordHasher.Hash("pw", PasswordHasher.MinimumIterations - 1));
    }

    [Fact]
    public void ToString_DoesNotRevealHash()
    {
        var hash = PasswordHasher.Hash("pw", 2_000);

        Assert.DoesNotContain(hash.Hash, hash.ToString(), StringComparison.Ordinal);
    }
}
