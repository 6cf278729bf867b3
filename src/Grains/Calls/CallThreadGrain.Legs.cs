using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;
using Voice.Sip.Headers;
using Voice.Sip.Transport;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>
    /// A leg we invite towards one registered contact of <paramref name="party"/>: From is <paramref name="fromUri"/>
    /// (whose identity the party sees), To the party's AOR in the tenant's domain; the request leaves from the node
    /// the contact registered through.
    /// </summary>
    private CallLeg NewLegToContact(string party, DeviceBinding binding, string fromUri)
    {
        var number = State.NextLegNumber++;
        return new CallLeg
        {
            Id = $"b{number}",
            Party = party,
            CallId = $"{LocalTag}.b{number}",
            LocalTag = LocalTag,
            LocalUri = fromUri,
            RemoteUri = new NameAddress(AorOf(party)).ToString(),
            RemoteTarget = binding.Uri,
            LocalCSeq = 1,
            InviteCSeq = 1,
            Flow = new SipFlow(binding.Node ?? signalling.LocalNodeId, FlowAddress(binding)),
            State = CallLegState.Inviting,
        };
    }

    /// <summary>A leg to an external number through a trunk's target, sent from this node.</summary>
    private CallLeg NewLegToTrunk(string number, string trunkTarget, string fromUri)
    {
        if (!SipEndPoint.TryParse(trunkTarget, out var target))
        {
            throw new InvalidOperationException($"trunk target '{trunkTarget}' is not a transport address");
        }

        var ip = target.Address.Address;
        var host = ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{ip}]" : ip.ToString();
        var uri = new SipUri("sip", host) { User = number, Port = target.Address.Port };
        if (target.Protocol == SipTransportProtocol.Tcp)
        {
            uri.Parameters.Set("transport", "tcp");
        }

        var legNumber = State.NextLegNumber++;
        return new CallLeg
        {
            Id = $"b{legNumber}",
            Party = number,
            CallId = $"{LocalTag}.b{legNumber}",
            LocalTag = LocalTag,
            LocalUri = fromUri,
            RemoteUri = new NameAddress(uri.Clone()).ToString(),
            RemoteTarget = uri.ToString(),
            LocalCSeq = 1,
            InviteCSeq = 1,
            Flow = new SipFlow(signalling.LocalNodeId, trunkTarget),
            State = CallLegState.Inviting,
            External = true,
        };
    }

    /// <summary>
    /// The legs that would reach <paramref name="destination"/> (dialled as an extension of the tenant would) for a
    /// party joining a call under way, or why it cannot be reached now.
    /// </summary>
    private async Task<AddedParty> ReachAsync(string destination, string fromUri)
    {
        var resolved = await GrainFactory.GetGrain<ITenantGrain>(TenantId).ResolveDestinationAsync(destination, CallerKind.Extension, null);
        switch (resolved.Kind)
        {
            case DestinationKind.Extension:
                var number = resolved.Number!;
                var routing = await GrainFactory.GetGrain<IDeviceGrain>(DeviceKey.For(TenantId, number)).GetRoutingAsync();
                if (routing.Bindings.Count == 0)
                {
                    return AddedParty.Refused("DestinationUnavailable", $"{number} has no registered phone");
                }

                return new AddedParty(number, routing.AgentId, External: false, [.. routing.Bindings.Select(b => Added(NewLegToContact(number, b, fromUri)))], null);
            case DestinationKind.External when resolved.TrunkTarget is not null:
                return new AddedParty(resolved.Number!, null, External: true, [Added(NewLegToTrunk(resolved.Number!, resolved.TrunkTarget, fromUri))], null);
            case DestinationKind.NotFound:
                return AddedParty.Refused("UnknownDestination", resolved.Reason ?? $"{destination} is not a number of this tenant");
            case DestinationKind.Forbidden:
                return AddedParty.Refused("Forbidden", resolved.Reason ?? $"{destination} may not be called");
            default:
                return AddedParty.Refused("NoRoute", $"{destination} ({resolved.Kind}) cannot be reached by a transfer or consultation");
        }
    }

    private static CallLeg Added(CallLeg leg)
    {
        leg.Added = true;
        return leg;
    }

    /// <summary>The INVITE of a leg added to a call under way: no SDP, so its answer brings an offer (RFC 3725 flow I).</summary>
    private SendRequestAction AddedInviteAction(CallLeg leg) => new(
        leg.Flow.NodeId,
        Key,
        leg.Id,
        "INVITE",
        leg.RemoteTarget,
        leg.CallId,
        FromHeader(leg),
        ToHeader(leg),
        leg.InviteCSeq,
        leg.RouteSet,
        leg.Flow.Address,
        NameAddress.Parse(leg.LocalUri).Uri.User ?? State.Dialled,
        null,
        null,
        ReportResponses: true);

    /// <summary>The AOR of a DN in the domain the call was addressed to.</summary>
    private SipUri AorOf(string dn)
    {
        var to = NameAddress.Parse(State.Caller!.LocalUri);
        return new SipUri(to.Uri.IsSip ? to.Uri.Scheme : "sip", to.Uri.Host) { User = dn, Port = to.Uri.Port };
    }

    /// <summary>The contact's address, or the registration's source when the contact sits behind NAT.</summary>
    private static string FlowAddress(DeviceBinding binding) =>
        SipEndPoint.TryParse(binding.Source, out var source) && SipUri.TryParse(binding.Uri, out var contact)
            ? SipTargets.Choose(contact, source).ToString()
            : binding.Source;
}
