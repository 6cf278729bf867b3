using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy;

public sealed partial class CompiledTenant
{
    /// <summary>
    /// Dial plan first (the first rule whose pattern matches), then the translated number: an internal rule must
    /// land on a DN of the tenant; an external rule yields a number for a trunk, which a trunk caller may not use
    /// (no hairpinning carrier to carrier). A named trunk with allowed patterns may call only matching numbers.
    /// </summary>
    public DestinationResult Resolve(string dialled, CallerKind callerKind, string? trunkName)
    {
        ArgumentNullException.ThrowIfNull(dialled);
        if (callerKind == CallerKind.Trunk && trunkName is not null && !TrunkMayCall(trunkName, dialled))
        {
            return DestinationResult.Forbidden($"trunk '{trunkName}' may not call {dialled}");
        }

        var match = DialPlan.Evaluate(dialled);
        if (match is null)
        {
            return DestinationResult.NotFound($"no dial-plan rule matches {dialled}");
        }

        if (match.Rule.Scope == CallScope.External)
        {
            return callerKind == CallerKind.Trunk
                ? DestinationResult.Forbidden($"{dialled} is external and the caller is a trunk")
                : OutboundTo(match.Translated);
        }

        var dn = FindDn(match.Translated);
        return dn?.Type switch
        {
            DnType.Extension => new DestinationResult(DestinationKind.Extension, Number: dn.Number),
            DnType.RoutePoint => new DestinationResult(DestinationKind.RoutePoint, Number: dn.Number, DefaultTarget: dn.DefaultTarget),
            DnType.VirtualQueue => new DestinationResult(DestinationKind.VirtualQueue, Number: dn.Number, QueueId: dn.QueueId),
            _ => DestinationResult.NotFound($"{dialled} translates to {match.Translated}, which is not a DN of the tenant"),
        };
    }

    /// <summary>The digest secret of an extension (user name = DN number, realm = the tenant domain).</summary>
    public DigestCredentials? GetDigestCredentials(string dn)
    {
        var config = FindDn(dn);
        return config is { Type: DnType.Extension, Digest: { } digest }
            ? new DigestCredentials(config.Number, digest.Realm, digest.Md5, digest.Sha256)
            : null;
    }

    /// <summary>An external number leaves through the first trunk with a target (in configuration order).</summary>
    private DestinationResult OutboundTo(string number)
    {
        var trunk = Config.Trunks.FirstOrDefault(t => t.Target is not null);
        return new DestinationResult(DestinationKind.External, Number: number, TrunkName: trunk?.Name, TrunkTarget: trunk is null ? null : TrunkTarget.Normalize(trunk.Target!));
    }

    private bool TrunkMayCall(string trunkName, string dialled)
    {
        if (!_trunkPatterns.TryGetValue(trunkName, out var patterns))
        {
            return false;
        }

        return patterns.Length == 0 || patterns.Any(p => p.TryMatch(dialled, out _));
    }
}
