using System.Net;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.DialPlan;

namespace Voice.Grains.Tenancy;

/// <summary>
/// A validated configuration prepared for per-request lookups: DNs by number, the compiled dial plan, trunk
/// networks (most specific first) and trunk call restrictions. Built once per apply or activation.
/// </summary>
public sealed partial class CompiledTenant
{
    private readonly Dictionary<string, DnConfig> _dns;
    private readonly TrunkNetwork[] _networks;
    private readonly Dictionary<string, DialPattern[]> _trunkPatterns;

    private CompiledTenant(TenantConfig config)
    {
        Config = config;
        _dns = config.Dns.ToDictionary(d => d.Number, StringComparer.Ordinal);
        DialPlan = DialPlanEvaluator.Compile(config.DialPlan);
        _networks = [.. config.Trunks
            .SelectMany(t => t.SourceAcl.Select(cidr => new TrunkNetwork(ParseValidated(cidr), t)))
            .OrderByDescending(n => n.Network.PrefixLength)];
        _trunkPatterns = config.Trunks.ToDictionary(
            t => t.Name,
            t => t.AllowedPatterns.Select(p => DialPattern.TryParse(p, out var compiled, out _) ? compiled : throw new ArgumentException(p)).ToArray(),
            StringComparer.OrdinalIgnoreCase);
    }

    public TenantConfig Config { get; }

    public DialPlanEvaluator DialPlan { get; }

    /// <summary>Compiles a configuration that <see cref="TenantConfigValidator"/> accepted.</summary>
    public static CompiledTenant Compile(TenantConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new CompiledTenant(config);
    }

    public DnConfig? FindDn(string number) => _dns.GetValueOrDefault(number);

    /// <summary>Longest-prefix match over every trunk's ACL.</summary>
    public TrunkConfig? MatchTrunk(string sourceAddress)
    {
        if (!Cidr.TryParseAddress(sourceAddress, out var address))
        {
            return null;
        }

        return _networks.FirstOrDefault(n => n.Network.Contains(address))?.Trunk;
    }

    private static IPNetwork ParseValidated(string cidr) =>
        Cidr.TryParse(cidr, out var network, out var error) ? network : throw new ArgumentException(error, nameof(cidr));
}
