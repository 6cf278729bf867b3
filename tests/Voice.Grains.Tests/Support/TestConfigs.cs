using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy;
using Voice.Grains.Tenancy.Yaml;

namespace Voice.Grains.Tests.Support;

/// <summary>Small valid configurations to mutate in tests, and the demo file loaded fast (few PBKDF2 iterations).</summary>
public static class TestConfigs
{
    public static TenantLoadOptions FastHashing { get; } = new() { PasswordIterations = PasswordHasher.MinimumIterations };

    public static string DemoPath => Path.Combine(AppContext.BaseDirectory, "demo-tenant.yaml");

    public static TenantConfig Demo() => TenantConfigLoader.LoadFile(DemoPath, FastHashing);

    public static TenantConfig Minimal(string tenantId = "t1", string domain = "t1.example", string acl = "192.0.2.0/24") =>
        new(
            tenantId,
            domain,
            [
                new DnConfig("2001", DnType.Extension, DigestHa1Calculator.Compute("2001", domain, "pw")),
                new DnConfig("2500", DnType.RoutePoint, DefaultTarget: "q1"),
                new DnConfig("2600", DnType.VirtualQueue, QueueId: "q1"),
            ],
            [new AgentConfig("a1", "a1", Hash("secret"), [new AgentSkill("sales", 5)], "2001")],
            [new TrunkConfig("carrier", [acl], [])],
            [new DialPlanRule(10, "2XXX", "$0", CallScope.Internal)],
            [new AdminUser("root", Hash("admin"), AdminRole.Admin)]);

    public static PasswordHash Hash(string password) => PasswordHasher.Hash(password, PasswordHasher.MinimumIterations);
}
