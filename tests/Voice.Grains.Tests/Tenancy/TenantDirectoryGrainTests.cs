using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tests.Support;

namespace Voice.Grains.Tests.Tenancy;

public sealed class TenantDirectoryGrainTests
{
    [Fact]
    public async Task FindByDomain_AfterApply_FindsTenantCaseInsensitively()
    {
        await using var host = new GrainsHost();
        await host.Tenant("demo").ApplyAsync(TestConfigs.Demo());

        Assert.Equal("demo", await host.Directory.FindByDomainAsync("demo.local"));
        Assert.Equal("demo", await host.Directory.FindByDomainAsync("DEMO.Local"));
        Assert.Null(await host.Directory.FindByDomainAsync("other.local"));
    }

    [Theory]
    [InlineData("192.0.2.77", "t1")]
    [InlineData("2001:db8:5::1", "t2")]
    [InlineData("::1", "demo")]
    [InlineData("127.0.0.1", "demo")]
    [InlineData("198.51.100.1", null)]
    [InlineData("2001:db9::1", null)]
    public async Task FindBySourceAddress_Ipv4AndIpv6Cidr_FindsOwningTenant(string source, string? expected)
    {
        await using var host = new GrainsHost();
        await host.Tenant("demo").ApplyAsync(TestConfigs.Demo());
        await host.Tenant("t1").ApplyAsync(TestConfigs.Minimal("t1", "t1.example", "192.0.2.0/24"));
        await host.Tenant("t2").ApplyAsync(TestConfigs.Minimal("t2", "t2.example", "2001:db8::/32"));

        Assert.Equal(expected, await host.Directory.FindBySourceAddressAsync(source));
    }

    [Fact]
    public async Task Apply_DomainOfAnotherTenant_IsRejectedWithoutNamingIt()
    {
        await using var host = new GrainsHost();
        await host.Tenant("t1").ApplyAsync(TestConfigs.Minimal("t1", "shared.example", "192.0.2.0/24"));

        var result = await host.Tenant("t2").ApplyAsync(TestConfigs.Minimal("t2", "shared.example", "198.51.100.0/24"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ConfigErrorCode.DomainClaimed, error.Code);
        Assert.DoesNotContain("t1", error.Message, StringComparison.Ordinal);
        Assert.Null(await host.Tenant("t2").GetConfigAsync());
        Assert.Equal("t1", await host.Directory.FindByDomainAsync("shared.example"));
    }

    [Fact]
    public async Task Apply_NetworkOverlappingAnotherTenant_IsRejected()
    {
        await using var host = new GrainsHost();
        await host.Tenant("t1").ApplyAsync(TestConfigs.Minimal("t1", "t1.example", "192.0.2.0/24"));

        var result = await host.Tenant("t2").ApplyAsync(TestConfigs.Minimal("t2", "t2.example", "192.0.2.128/25"));

        Assert.Equal(ConfigErrorCode.AddressClaimed, Assert.Single(result.Errors).Code);
        Assert.Null(await host.Directory.FindByDomainAsync("t2.example"));
    }

    [Fact]
    public async Task Apply_ChangedDomainAndAcl_ReleasesTheOldOnes()
    {
        await using var host = new GrainsHost();
        await host.Tenant("t1").ApplyAsync(TestConfigs.Minimal("t1", "old.example", "192.0.2.0/24"));

        var result = await host.Tenant("t1").ApplyAsync(TestConfigs.Minimal("t1", "new.example", "198.51.100.0/24"));

        Assert.True(result.Applied, string.Join("; ", result.Errors));
        Assert.Null(await host.Directory.FindByDomainAsync("old.example"));
        Assert.Null(await host.Directory.FindBySourceAddressAsync("192.0.2.1"));
        Assert.Equal("t1", await host.Directory.FindBySourceAddressAsync("198.51.100.1"));
        Assert.True((await host.Tenant("t2").ApplyAsync(TestConfigs.Minimal("t2", "old.example", "192.0.2.0/24"))).Applied);
    }

    [Fact]
    public async Task Directory_AfterDeactivation_IsReadBackFromStorage()
    {
        await using var host = new GrainsHost();
        await host.Tenant("demo").ApplyAsync(TestConfigs.Demo());
        await host.DeactivateAsync("tenantdirectory", TenantDirectory.Key);

        Assert.Equal("demo", await host.Directory.FindBySourceAddressAsync("::1"));
    }
}
