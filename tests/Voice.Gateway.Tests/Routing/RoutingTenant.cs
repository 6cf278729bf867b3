using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy.Yaml;

namespace Voice.Gateway.Tests.Routing;

/// <summary>
/// The demo tenant as the routing end-to-end tests need it: route point 5000 queues by skill according to the caller
/// (ANI <see cref="SupportCaller"/> goes to support with support ≥ 6, anyone else to sales with sales ≥ 5), and both
/// queues give up on a ringing agent after <see cref="RingTimeoutSec"/> seconds.
/// </summary>
internal static class RoutingTenant
{
    public const string SalesCaller = "5550001";

    public const string SupportCaller = "5550002";

    /// <summary>Short so a ring-out is seen quickly; long enough for a loaded machine's phone to ring first.</summary>
    public const int RingTimeoutSec = 3;

    public const string Strategy = """
        function route(call) {
            if (call.ani === '5550002') {
                route.toQueue('support', { skills: { support: 6 } });
            } else {
                route.toQueue('sales', { skills: { sales: 5 } });
            }
        }
        """;

    /// <summary>The skill and level a call of <paramref name="queue"/> requires (as <see cref="Strategy"/> asks).</summary>
    public static (string Skill, int Level) Requirement(string queue) => queue == "support" ? ("support", 6) : ("sales", 5);

    public static TenantConfig Vary(TenantConfig demo) => demo with
    {
        Dns = [.. demo.Dns.Select(d => d.Number switch
        {
            "5000" => d with { Strategy = Strategy },
            "6001" or "6002" => d with { RingTimeoutSec = RingTimeoutSec },
            _ => d,
        })],
    };

    /// <summary>The demo tenant's agents' skills, read from the same file the node applies.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<AgentSkill>> Skills() =>
        TenantConfigLoader.LoadFile(
                Path.Combine(AppContext.BaseDirectory, "demo-tenant.yaml"),
                new TenantLoadOptions { PasswordIterations = PasswordHasher.MinimumIterations })
            .Agents.ToDictionary(a => a.AgentId, a => a.Skills);

    /// <summary>The queues an agent logs in to: each queue whose skill it has at all.</summary>
    public static IReadOnlyList<string> QueuesOf(IReadOnlyList<AgentSkill> skills) =>
        [.. new[] { "sales", "support" }.Where(q => skills.Any(s => s.Name == q))];
}
