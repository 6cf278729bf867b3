using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy;
using Voice.Grains.Tests.Support;

namespace Voice.Grains.Tests.Tenancy;

public sealed class TenantConfigValidatorTests
{
    private static readonly TenantConfig Valid = TestConfigs.Minimal();

    // One mutation of the minimal valid config per error the validator knows.
    private static readonly Dictionary<string, Func<TenantConfig, TenantConfig>> Mutations = new()
    {
        ["MissingTenantId"] = c => c with { TenantId = "" },
        ["BadTenantId"] = c => c with { TenantId = "a:b" },
        ["BadDomain"] = c => c with { SipDomain = "bad domain" },
        ["AfterCallWorkTooLong"] = c => c with { AfterCallWorkSec = 3601 },
        ["BadStrategy"] = c => c with { Dns = [c.Dns[0], c.Dns[1] with { Strategy = "function route(call) { route.toQueue('q1' }" }, .. c.Dns.Skip(2)] },
        ["StrategyOnExtension"] = c => c with { Dns = [c.Dns[0] with { Strategy = "function route(call) {}" }, .. c.Dns.Skip(1)] },
        ["DuplicateDn"] = c => c with { Dns = [.. c.Dns, c.Dns[0]] },
        ["BadDnNumber"] = c => c with { Dns = [.. c.Dns, new DnConfig("12a", DnType.VirtualQueue, QueueId: "q9")] },
        ["MissingDigest"] = c => c with { Dns = [c.Dns[0] with { Digest = null }, .. c.Dns.Skip(1)] },
        ["RealmMismatch"] = c => c with { Dns = [c.Dns[0] with { Digest = DigestHa1Calculator.Compute("2001", "other.example", "pw") }, .. c.Dns.Skip(1)] },
        ["BadHa1"] = c => c with { Dns = [c.Dns[0] with { Digest = c.Dns[0].Digest! with { Md5 = "XYZ" } }, .. c.Dns.Skip(1)] },
        ["MissingTarget"] = c => c with { Dns = [c.Dns[0], c.Dns[1] with { DefaultTarget = null }, c.Dns[2]] },
        ["UnknownQueue"] = c => c with { Dns = [c.Dns[0], c.Dns[1] with { DefaultTarget = "nosuch" }, c.Dns[2]] },
        ["UnknownTargetDn"] = c => c with { Dns = [c.Dns[0], c.Dns[1] with { DefaultTarget = "9999" }, c.Dns[2]] },
        ["MissingQueueId"] = c => c with { Dns = [c.Dns[0], c.Dns[1] with { DefaultTarget = "2001" }, c.Dns[2] with { QueueId = null }] },
        ["DuplicateQueueId"] = c => c with { Dns = [.. c.Dns, new DnConfig("2601", DnType.VirtualQueue, QueueId: "q1")] },
        ["DuplicateAgent"] = c => c with { Agents = [.. c.Agents, c.Agents[0] with { LoginId = "other" }] },
        ["DuplicateLogin"] = c => c with { Agents = [.. c.Agents, c.Agents[0] with { AgentId = "a2", LoginId = "A1" }] },
        ["BadAgentPassword"] = c => c with { Agents = [c.Agents[0] with { Password = c.Agents[0].Password with { Iterations = 10 } }] },
        ["SkillLevelHigh"] = c => c with { Agents = [c.Agents[0] with { Skills = [new AgentSkill("sales", 11)] }] },
        ["SkillLevelLow"] = c => c with { Agents = [c.Agents[0] with { Skills = [new AgentSkill("sales", 0)] }] },
        ["DuplicateSkill"] = c => c with { Agents = [c.Agents[0] with { Skills = [new AgentSkill("sales", 1), new AgentSkill("Sales", 2)] }] },
        ["BadSkillName"] = c => c with { Agents = [c.Agents[0] with { Skills = [new AgentSkill("sa les", 1)] }] },
        ["UnknownDefaultDn"] = c => c with { Agents = [c.Agents[0] with { DefaultDn = "2999" }] },
        ["DefaultDnNotExtension"] = c => c with { Agents = [c.Agents[0] with { DefaultDn = "2600" }] },
        ["DuplicateTrunk"] = c => c with { Trunks = [.. c.Trunks, c.Trunks[0] with { SourceAcl = ["198.51.100.1"] }] },
        ["EmptyAcl"] = c => c with { Trunks = [c.Trunks[0] with { SourceAcl = [] }] },
        ["BadCidrPrefix"] = c => c with { Trunks = [c.Trunks[0] with { SourceAcl = ["10.0.0.0/33"] }] },
        ["BadCidrHostBits"] = c => c with { Trunks = [c.Trunks[0] with { SourceAcl = ["10.0.0.1/8"] }] },
        ["BadCidrAddress"] = c => c with { Trunks = [c.Trunks[0] with { SourceAcl = ["2001:db8::zz/64"] }] },
        ["AgentIdIsDn"] = c => c with { Agents = [c.Agents[0] with { AgentId = c.Dns[0].Number }] },
        ["BadTrunkTarget"] = c => c with { Trunks = [c.Trunks[0] with { Target = "carrier.example:5060" }] },
        ["BadTrunkPattern"] = c => c with { Trunks = [c.Trunks[0] with { AllowedPatterns = ["2X.X"] }] },
        ["BadPattern"] = c => c with { DialPlan = [c.DialPlan[0] with { Pattern = "2[9-1]" }] },
        ["BadTranslation"] = c => c with { DialPlan = [c.DialPlan[0] with { Translation = "$2" }] },
        ["DuplicateOrder"] = c => c with { DialPlan = [.. c.DialPlan, c.DialPlan[0] with { Pattern = "3XXX" }] },
        ["DuplicateAdmin"] = c => c with { Admins = [.. c.Admins, c.Admins[0] with { Name = "ROOT" }] },
        ["BadAdminPassword"] = c => c with { Admins = [c.Admins[0] with { Password = c.Admins[0].Password with { Algorithm = "MD5" } }] },
        ["BadSelection"] = c => c with { Dns = [c.Dns[0], c.Dns[1], c.Dns[2] with { Selection = "cheapest" }] },
        ["RingTimeoutZero"] = c => c with { Dns = [c.Dns[0], c.Dns[1], c.Dns[2] with { RingTimeoutSec = 0 }] },
        ["RingTimeoutLong"] = c => c with { Dns = [c.Dns[0], c.Dns[1], c.Dns[2] with { RingTimeoutSec = 601 }] },
        ["SelectionOnExtension"] = c => c with { Dns = [c.Dns[0] with { Selection = "random" }, c.Dns[1], c.Dns[2]] },
        ["NoAnswerOnRoutePoint"] = c => c with { Dns = [c.Dns[0], c.Dns[1] with { NotReadyOnNoAnswer = false }, c.Dns[2]] },
    };

    [Fact]
    public void Validate_QueueSettings_InAnyCase_AreValid()
    {
        var config = Valid with { Dns = [Valid.Dns[0], Valid.Dns[1], Valid.Dns[2] with { Selection = "Round-Robin", RingTimeoutSec = 600, NotReadyOnNoAnswer = false }] };

        Assert.True(TenantConfigValidator.Validate(config).IsValid);
    }

    [Fact]
    public void Validate_MinimalConfig_IsValid()
    {
        var result = TenantConfigValidator.Validate(Valid);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("MissingTenantId", ConfigErrorCode.Required, "tenantId", "tenantId is required")]
    [InlineData("BadTenantId", ConfigErrorCode.InvalidTenantId, "tenantId", "'a:b'")]
    [InlineData("BadDomain", ConfigErrorCode.InvalidDomain, "sipDomain", "'bad domain' is not a host name")]
    [InlineData("AfterCallWorkTooLong", ConfigErrorCode.AfterCallWorkOutOfRange, "afterCallWorkSec", "must be 0 to 3600 seconds")]
    [InlineData("BadStrategy", ConfigErrorCode.InvalidStrategy, "dns[1].strategy", "route point 2500: the strategy does not parse")]
    [InlineData("StrategyOnExtension", ConfigErrorCode.InvalidStrategy, "dns[0].strategy", "belongs to route points only")]
    [InlineData("DuplicateDn", ConfigErrorCode.DuplicateDn, "dns[3].number", "DN 2001 is already defined at dns[0]")]
    [InlineData("BadDnNumber", ConfigErrorCode.InvalidDnNumber, "dns[3].number", "DN '12a' must be 1-32 digits")]
    [InlineData("MissingDigest", ConfigErrorCode.MissingDigest, "dns[0].digest", "extension 2001 has no digest password")]
    [InlineData("RealmMismatch", ConfigErrorCode.DigestRealmMismatch, "dns[0].digest", "realm 'other.example' is not the tenant domain 't1.example'")]
    [InlineData("BadHa1", ConfigErrorCode.InvalidHa1, "dns[0].digest", "lower-case hex")]
    [InlineData("MissingTarget", ConfigErrorCode.MissingDefaultTarget, "dns[1].defaultTarget", "route point 2500 has no default target")]
    [InlineData("UnknownQueue", ConfigErrorCode.UnknownQueue, "dns[1].defaultTarget", "queue 'nosuch' is not defined")]
    [InlineData("UnknownTargetDn", ConfigErrorCode.UnknownDn, "dns[1].defaultTarget", "DN 9999 is not defined")]
    [InlineData("MissingQueueId", ConfigErrorCode.Required, "dns[2].queueId", "queueId is required")]
    [InlineData("DuplicateQueueId", ConfigErrorCode.DuplicateQueueId, "dns[3].queueId", "queue id 'q1' is already defined at dns[2].queueId")]
    [InlineData("DuplicateAgent", ConfigErrorCode.DuplicateAgent, "agents[1].agentId", "agent id 'a1' is already defined at agents[0].agentId")]
    [InlineData("DuplicateLogin", ConfigErrorCode.DuplicateLoginId, "agents[1].loginId", "login id 'A1' is already defined")]
    [InlineData("BadAgentPassword", ConfigErrorCode.InvalidPasswordHash, "agents[0].password", "PBKDF2-SHA256")]
    [InlineData("SkillLevelHigh", ConfigErrorCode.SkillLevelOutOfRange, "agents[0].skills[0].level", "level 11 is outside 1-10")]
    [InlineData("SkillLevelLow", ConfigErrorCode.SkillLevelOutOfRange, "agents[0].skills[0].level", "level 0 is outside 1-10")]
    [InlineData("DuplicateSkill", ConfigErrorCode.DuplicateSkill, "agents[0].skills[1].name", "skill 'Sales' is already defined")]
    [InlineData("BadSkillName", ConfigErrorCode.InvalidSkill, "agents[0].skills[0].name", "skill name 'sa les'")]
    [InlineData("UnknownDefaultDn", ConfigErrorCode.UnknownDn, "agents[0].defaultDn", "default DN 2999 is not defined")]
    [InlineData("DefaultDnNotExtension", ConfigErrorCode.DefaultDnNotExtension, "agents[0].defaultDn", "default DN 2600 is a VirtualQueue, not an extension")]
    [InlineData("DuplicateTrunk", ConfigErrorCode.DuplicateTrunk, "trunks[1].name", "trunk 'carrier' is already defined")]
    [InlineData("EmptyAcl", ConfigErrorCode.EmptyAcl, "trunks[0].sourceAcl", "needs at least one source network")]
    [InlineData("BadCidrPrefix", ConfigErrorCode.InvalidCidr, "trunks[0].sourceAcl[0]", "prefix length '33' is not 0-32")]
    [InlineData("BadCidrHostBits", ConfigErrorCode.InvalidCidr, "trunks[0].sourceAcl[0]", "has host bits set (did you mean 10.0.0.0/8?)")]
    [InlineData("BadCidrAddress", ConfigErrorCode.InvalidCidr, "trunks[0].sourceAcl[0]", "is not an IPv4 or IPv6 address")]
    [InlineData("AgentIdIsDn", ConfigErrorCode.AgentIdIsDn, "agents[0].agentId", "is also a DN number")]
    [InlineData("BadTrunkTarget", ConfigErrorCode.InvalidTarget, "trunks[0].target", "is not [udp:|tcp:]IP:PORT")]
    [InlineData("BadTrunkPattern", ConfigErrorCode.InvalidPattern, "trunks[0].allowedPatterns[0]", "must be the last element")]
    [InlineData("BadPattern", ConfigErrorCode.InvalidPattern, "dialPlan[0].pattern", "bad range '9-1'")]
    [InlineData("BadTranslation", ConfigErrorCode.InvalidTranslation, "dialPlan[0].translation", "$2 at 1 refers to a capture")]
    [InlineData("DuplicateOrder", ConfigErrorCode.DuplicateRuleOrder, "dialPlan[1].order", "rule order '10' is already defined")]
    [InlineData("DuplicateAdmin", ConfigErrorCode.DuplicateAdmin, "admins[1].name", "admin user 'ROOT' is already defined")]
    [InlineData("BadAdminPassword", ConfigErrorCode.InvalidPasswordHash, "admins[0].password", "PBKDF2-SHA256")]
    [InlineData("BadSelection", ConfigErrorCode.InvalidSelection, "dns[2].selection", "selection 'cheapest' is not one of: longest-idle, round-robin, fewest-calls, best-skill-level, random")]
    [InlineData("RingTimeoutZero", ConfigErrorCode.RingTimeoutOutOfRange, "dns[2].ringTimeoutSec", "ringTimeoutSec must be 1-600, got 0")]
    [InlineData("RingTimeoutLong", ConfigErrorCode.RingTimeoutOutOfRange, "dns[2].ringTimeoutSec", "got 601")]
    [InlineData("SelectionOnExtension", ConfigErrorCode.NotAQueue, "dns[0].selection", "DN 2001: selection is a setting of virtual queues only")]
    [InlineData("NoAnswerOnRoutePoint", ConfigErrorCode.NotAQueue, "dns[1].notReadyOnNoAnswer", "a setting of virtual queues only")]
    public void Validate_OneMistake_ReportsExactlyThatError(string mutation, ConfigErrorCode code, string path, string messagePart)
    {
        var result = TenantConfigValidator.Validate(Mutations[mutation](Valid));

        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralMistakes_ReportsAllOfThem()
    {
        var config = Mutations["SkillLevelHigh"](Mutations["BadCidrPrefix"](Mutations["DuplicateDn"](Valid)));

        var result = TenantConfigValidator.Validate(config);

        Assert.Equal(
            [ConfigErrorCode.DuplicateDn, ConfigErrorCode.SkillLevelOutOfRange, ConfigErrorCode.InvalidCidr],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Validate_IPv6Acl_IsAccepted()
    {
        var result = TenantConfigValidator.Validate(Valid with { Trunks = [Valid.Trunks[0] with { SourceAcl = ["2001:db8::/32", "::1"] }] });

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }
}
