using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tests.Support;
using Voice.Sip.Auth;

namespace Voice.Grains.Tests.Tenancy;

public sealed class TenantGrainTests
{
    [Fact]
    public async Task Apply_ValidConfig_StoresWithRisingVersion()
    {
        await using var host = new GrainsHost();
        var tenant = host.Tenant("demo");

        var first = await tenant.ApplyAsync(TestConfigs.Demo());
        var second = await tenant.ApplyAsync(TestConfigs.Demo() with { Version = 99 });

        Assert.Equal((true, 1L), (first.Applied, first.Version));
        Assert.Equal((true, 2L), (second.Applied, second.Version));
        Assert.Equal(2, (await tenant.GetConfigAsync())!.Version);
    }

    [Fact]
    public async Task Apply_InvalidConfig_RejectsWithErrorsAndKeepsVersion()
    {
        await using var host = new GrainsHost();
        var tenant = host.Tenant("t1");
        await tenant.ApplyAsync(TestConfigs.Minimal());
        var bad = TestConfigs.Minimal() with { Agents = [TestConfigs.Minimal().Agents[0] with { DefaultDn = "9" }] };

        var result = await tenant.ApplyAsync(bad);

        Assert.False(result.Applied);
        Assert.Equal(1, result.Version);
        Assert.Equal(ConfigErrorCode.UnknownDn, Assert.Single(result.Errors).Code);
        Assert.Equal("2001", (await tenant.GetConfigAsync())!.Agents[0].DefaultDn);
    }

    [Fact]
    public async Task Apply_ConfigOfAnotherTenant_IsRejected()
    {
        await using var host = new GrainsHost();

        var result = await host.Tenant("other").ApplyAsync(TestConfigs.Minimal());

        Assert.Equal(ConfigErrorCode.TenantIdMismatch, Assert.Single(result.Errors).Code);
        Assert.Null(await host.Tenant("other").GetConfigAsync());
    }

    [Fact]
    public async Task Config_AfterDeactivation_IsReadBackFromStorage()
    {
        await using var host = new GrainsHost();
        await host.Tenant("demo").ApplyAsync(TestConfigs.Demo());
        await host.DeactivateAsync("tenant", "demo");
        Assert.False(host.Runtime.IsActivatedHere(new Voice.Runtime.GrainId("tenant", "demo")));

        var config = await host.Tenant("demo").GetConfigAsync();
        var resolved = await host.Tenant("demo").ResolveDestinationAsync("1005", CallerKind.Extension, null);

        Assert.Equal(1, config!.Version);
        Assert.Equal(10, config.Agents.Count);
        Assert.Equal(DestinationKind.Extension, resolved.Kind);
    }

    [Fact]
    public async Task Config_OnAnotherHostOverSameStorage_IsTheSame()
    {
        await using var first = new GrainsHost();
        var demo = TestConfigs.Demo();
        await first.Tenant("demo").ApplyAsync(demo);
        await using var second = new GrainsHost(first.Storage);

        var config = await second.Tenant("demo").GetConfigAsync();

        Assert.Equal(demo.Agents[0].Password, config!.Agents[0].Password);
        Assert.Equal(demo.Dns[0].Digest, config.Dns[0].Digest);
        Assert.Equal("demo", await second.Directory.FindByDomainAsync("demo.local"));
    }

    [Theory]
    [InlineData("1001", CallerKind.Extension, null, DestinationKind.Extension, "1001", null)]
    [InlineData("1010", CallerKind.Trunk, "local", DestinationKind.Extension, "1010", null)]
    [InlineData("5000", CallerKind.Trunk, "local", DestinationKind.RoutePoint, "5000", null)]
    [InlineData("6002", CallerKind.Extension, null, DestinationKind.VirtualQueue, "6002", "support")]
    [InlineData("0301234567", CallerKind.Extension, null, DestinationKind.External, "301234567", null)]
    [InlineData("+4930123", CallerKind.Extension, null, DestinationKind.External, "+4930123", null)]
    [InlineData("1999", CallerKind.Extension, null, DestinationKind.NotFound, null, null)]
    [InlineData("42", CallerKind.Extension, null, DestinationKind.NotFound, null, null)]
    [InlineData("0301234567", CallerKind.Trunk, null, DestinationKind.Forbidden, null, null)]
    [InlineData("0301234567", CallerKind.Trunk, "local", DestinationKind.Forbidden, null, null)]
    [InlineData("1001", CallerKind.Trunk, "nosuch", DestinationKind.Forbidden, null, null)]
    public async Task ResolveDestination_DemoTenant_Table(string dialled, CallerKind caller, string? trunk, DestinationKind kind, string? number, string? queue)
    {
        await using var host = new GrainsHost();
        await host.Tenant("demo").ApplyAsync(TestConfigs.Demo());

        var result = await host.Tenant("demo").ResolveDestinationAsync(dialled, caller, trunk);

        Assert.Equal(kind, result.Kind);
        Assert.Equal(number, result.Number);
        Assert.Equal(queue, result.QueueId);
        Assert.Equal(kind is DestinationKind.NotFound or DestinationKind.Forbidden, result.Reason is not null);
    }

    [Fact]
    public async Task ResolveDestination_RoutePoint_CarriesDefaultTarget()
    {
        await using var host = new GrainsHost();
        await host.Tenant("demo").ApplyAsync(TestConfigs.Demo());

        var result = await host.Tenant("demo").ResolveDestinationAsync("5000", CallerKind.Extension, null);

        Assert.Equal("sales", result.DefaultTarget);
    }

    [Fact]
    public async Task ResolveDestination_UnconfiguredTenant_IsNotFound()
    {
        await using var host = new GrainsHost();

        var result = await host.Tenant("nobody").ResolveDestinationAsync("1001", CallerKind.Extension, null);

        Assert.Equal(DestinationKind.NotFound, result.Kind);
    }

    [Fact]
    public async Task DigestCredentials_Demo1001_MatchVoiceSipComputation()
    {
        await using var host = new GrainsHost();
        await host.Tenant("demo").ApplyAsync(TestConfigs.Demo());

        var credentials = await host.Tenant("demo").GetDigestCredentialsAsync("1001");

        Assert.NotNull(credentials);
        Assert.Equal(("1001", "demo.local"), (credentials.Username, credentials.Realm));
        Assert.Equal(DigestComputation.Ha1(DigestAlgorithm.Md5, "1001", "demo.local", "demo-1001"), credentials.Ha1Md5);
        Assert.Equal(DigestComputation.Ha1(DigestAlgorithm.Sha256, "1001", "demo.local", "demo-1001"), credentials.Ha1Sha256);
        // A response a phone computes from the password verifies against the stored HA1 (as DigestServer would).
        var secret = DigestSecret.FromHa1(DigestAlgorithm.Sha256, credentials.Ha1Sha256);
        Assert.True(secret.TryGetHa1(DigestAlgorithm.Sha256Sess, "1001", "demo.local", out var ha1));
        var fromPhone = DigestComputation.ResponseFromPassword(DigestAlgorithm.Sha256Sess, "1001", "demo.local", "demo-1001", "REGISTER", "sip:demo.local", "n1", "00000001", "c1", "auth");
        var fromStore = DigestComputation.Response(DigestAlgorithm.Sha256Sess, DigestComputation.SessionHa1(DigestAlgorithm.Sha256Sess, ha1, "n1", "c1"), "n1", "00000001", "c1", "auth", DigestComputation.Ha2(DigestAlgorithm.Sha256Sess, "REGISTER", "sip:demo.local"));
        Assert.Equal(fromPhone, fromStore);
    }

    [Theory]
    [InlineData("5000")]
    [InlineData("6001")]
    [InlineData("1999")]
    public async Task DigestCredentials_NotAnExtension_IsNull(string dn)
    {
        await using var host = new GrainsHost();
        await host.Tenant("demo").ApplyAsync(TestConfigs.Demo());

        Assert.Null(await host.Tenant("demo").GetDigestCredentialsAsync(dn));
    }

    [Theory]
    [InlineData("127.0.0.1", "local")]
    [InlineData("::1", "local")]
    [InlineData("::ffff:127.0.0.1", "local")]
    [InlineData("127.0.0.2", null)]
    [InlineData("not-an-ip", null)]
    public async Task MatchTrunk_DemoTenant_BySourceAddress(string source, string? expected)
    {
        await using var host = new GrainsHost();
        await host.Tenant("demo").ApplyAsync(TestConfigs.Demo());

        var trunk = await host.Tenant("demo").MatchTrunkAsync(source);

        Assert.Equal(expected, trunk?.Name);
    }

    [Fact]
    public async Task MatchTrunk_NestedNetworks_MostSpecificWins()
    {
        await using var host = new GrainsHost();
        var config = TestConfigs.Minimal() with
        {
            Trunks = [new TrunkConfig("wide", ["10.0.0.0/8"], []), new TrunkConfig("narrow", ["10.1.0.0/16", "2001:db8:1::/48"], [])],
        };
        await host.Tenant("t1").ApplyAsync(config);

        Assert.Equal("narrow", (await host.Tenant("t1").MatchTrunkAsync("10.1.2.3"))?.Name);
        Assert.Equal("wide", (await host.Tenant("t1").MatchTrunkAsync("10.2.2.3"))?.Name);
        Assert.Equal("narrow", (await host.Tenant("t1").MatchTrunkAsync("2001:db8:1::5"))?.Name);
    }
}
