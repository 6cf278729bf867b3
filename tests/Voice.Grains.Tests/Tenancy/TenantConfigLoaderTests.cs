using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy;
using Voice.Grains.Tenancy.Yaml;
using Voice.Grains.Tests.Support;

namespace Voice.Grains.Tests.Tenancy;

public sealed class TenantConfigLoaderTests
{
    private const string Header = "tenantId: t1\nsipDomain: t1.example\n";

    [Fact]
    public void LoadFile_DemoTenant_LoadsAndValidates()
    {
        var config = TestConfigs.Demo();

        Assert.True(TenantConfigValidator.Validate(config).IsValid);
        Assert.Equal("demo", config.TenantId);
        Assert.Equal("demo.local", config.SipDomain);
        Assert.Equal(10, config.Dns.Count(d => d.Type == DnType.Extension));
        Assert.Equal(["sales", "support"], config.Dns.Where(d => d.Type == DnType.VirtualQueue).Select(d => d.QueueId));
        Assert.Equal("sales", config.Dns.Single(d => d.Number == "5000").DefaultTarget);
        Assert.Equal(10, config.Agents.Count);
        Assert.Equal("1003", config.Agents.Single(a => a.AgentId == "agent1003").DefaultDn);
        Assert.Equal(["127.0.0.1/32", "::1/128"], config.Trunks.Single().SourceAcl);
        Assert.Equal(AdminRole.Admin, config.Admins.Single(a => a.Name == "admin").Role);
        Assert.Equal([10, 20, 30, 40, 50], config.DialPlan.Select(r => r.Order));
    }

    [Fact]
    public void LoadFile_DemoTenant_HashesEveryClearPassword()
    {
        var config = TestConfigs.Demo();

        Assert.All(config.Agents, a => Assert.True(PasswordHasher.Verify("demo-agent", a.Password)));
        Assert.True(PasswordHasher.Verify("demo-admin", config.Admins[0].Password));
        Assert.Equal(10, config.Agents.Select(a => a.Password.Salt).Distinct().Count());
        Assert.Equal(DigestHa1Calculator.Compute("1007", "demo.local", "demo-1007"), config.Dns.Single(d => d.Number == "1007").Digest);
        Assert.Equal([new AgentSkill("sales", 8), new AgentSkill("support", 3)], config.Agents[0].Skills);
    }

    [Fact]
    public void Load_SyntaxError_NamesTheLine()
    {
        var error = Assert.Throws<TenantConfigLoadException>(() => Load(Header + "dns:\n  - number: \"1\n"));

        Assert.Equal(4, Assert.Single(error.Errors).Line);
        Assert.Contains("test.yaml:line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKey_NamesPathAndLine()
    {
        var error = Assert.Throws<TenantConfigLoadException>(() => Load(Header + "dns:\n  - number: \"1001\"\n    pasword: x\n"));

        var only = Assert.Single(error.Errors);
        Assert.Equal("dns[0].pasword", only.Path);
        Assert.Equal(5, only.Line);
        Assert.Contains("unknown key 'pasword'", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidationError_IsMappedToTheLineOfTheValue()
    {
        const string yaml = Header + """
            agents:
              - agentId: a1
                password: pw
                skills: { sales: 3, billing: 12 }
            """;

        var error = Assert.Throws<TenantConfigLoadException>(() => Load(yaml));

        var only = Assert.Single(error.Errors);
        Assert.Equal(ConfigErrorCode.SkillLevelOutOfRange, only.Code);
        Assert.Equal("agents[0].skills[1].level", only.Path);
        Assert.Equal(6, only.Line);
    }

    [Fact]
    public void Load_DuplicateDnAndBadLevelType_ReportsBothWithLines()
    {
        const string yaml = Header + """
            dns:
              - { number: "1001", type: extension, password: a }
              - { number: "1001", type: extension, password: b }
            agents:
              - agentId: a1
                password: pw
                skills: { sales: high }
            """;

        var error = Assert.Throws<TenantConfigLoadException>(() => Load(yaml));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("agents[0].skills[0].level", 9), (only.Path, only.Line));
        var duplicate = Assert.Throws<TenantConfigLoadException>(() => Load(yaml.Replace("high", "3", StringComparison.Ordinal)));
        Assert.Equal((ConfigErrorCode.DuplicateDn, 5), (duplicate.Errors[0].Code, duplicate.Errors[0].Line));
    }

    [Fact]
    public void Load_BadEnumValue_ListsAllowedValues()
    {
        var error = Assert.Throws<TenantConfigLoadException>(() => Load(Header + "dns:\n  - { number: \"1\", type: phone }\n"));

        Assert.Contains("'phone' is not one of: extension, route-point, virtual-queue", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QueueSettings_AreReadFromTheVirtualQueueDn()
    {
        var config = Load(Header + "dns:\n  - { number: \"6001\", type: virtual-queue, queueId: sales, selection: round-robin, ringTimeoutSec: 20, notReadyOnNoAnswer: false }\n  - { number: \"6002\", type: virtual-queue, queueId: support }\n");

        Assert.Equal(("round-robin", 20, false), (config.Dns[0].Selection, config.Dns[0].RingTimeoutSec, config.Dns[0].NotReadyOnNoAnswer));
        Assert.Equal<(string?, int?, bool?)>((null, null, null), (config.Dns[1].Selection, config.Dns[1].RingTimeoutSec, config.Dns[1].NotReadyOnNoAnswer));
    }

    [Fact]
    public void Load_UnknownSelection_IsRefusedAtItsLine()
    {
        var error = Assert.Throws<TenantConfigLoadException>(() => Load(Header + "dns:\n  - number: \"6001\"\n    type: virtual-queue\n    queueId: sales\n    selection: fastest\n"));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("dns[0].selection", 7, ConfigErrorCode.InvalidSelection), (only.Path, only.Line, only.Code));
    }

    [Fact]
    public void Load_NotReadyOnNoAnswerNotABoolean_IsRefusedAtItsLine()
    {
        var error = Assert.Throws<TenantConfigLoadException>(() => Load(Header + "dns:\n  - number: \"6001\"\n    type: virtual-queue\n    queueId: sales\n    notReadyOnNoAnswer: maybe\n"));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("dns[0].notReadyOnNoAnswer", 7, "'maybe' is not true or false"), (only.Path, only.Line, only.Message));
    }

    private static TenantConfig Load(string yaml) =>
        TenantConfigLoader.Load(new StringReader(yaml), "test.yaml", TestConfigs.FastHashing);
}
