using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;
using Voice.Runtime.Hosting;
using Voice.Runtime.Placement;
using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Gateway.Sip.Calls;

/// <summary>
/// The gateway's side of calls: works out who is calling (an extension, by digest; or a trunk, by source address),
/// hands a new INVITE to a fresh call thread, and routes every in-dialog request to the call thread its To tag names.
/// </summary>
public sealed partial class SipCallHandler(
    IGrainFactory grains,
    SipDigestAuthenticator authenticator,
    PendingServerTransactions pending,
    IPlacementDirector placement,
    IOptions<GrainRuntimeOptions> runtime,
    ILogger<SipCallHandler>? logger = null)
{
    /// <summary>Seconds a caller is asked to wait before retrying while this node drains (RFC 3261 §20.33).</summary>
    public const int DrainRetryAfterSeconds = 10;

    private const string CallThreadGrainType = "callthread";
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private volatile bool _draining;

    private string NodeId => runtime.Value.NodeId;

    /// <summary>From now on new INVITEs get 503 with Retry-After; requests in existing dialogs keep flowing.</summary>
    public void StopAcceptingCalls() => _draining = true;

    public bool IsDraining => _draining;

    public async Task OnInviteAsync(SipServerTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var request = transaction.Request;
        // RFC 3261 §17.2.1: say at once that the INVITE arrived, so the caller stops retransmitting it.
        await transaction.SendResponseAsync(transaction.CreateResponse(100)).ConfigureAwait(false);
        var refusal = await AdmitAsync(transaction).ConfigureAwait(false);
        if (refusal is not null)
        {
            await transaction.SendResponseAsync(refusal).ConfigureAwait(false);
            return;
        }

        var caller = await IdentifyCallerAsync(transaction).ConfigureAwait(false);
        if (caller.Refusal is not null)
        {
            await transaction.SendResponseAsync(caller.Refusal).ConfigureAwait(false);
            return;
        }

        var key = NewLocalCallThreadKey(caller.TenantId!);
        var handle = pending.Add(NodeId, transaction, key);
        var offer = new CallOffer(caller.TenantId!, caller.Kind, caller.Dn, caller.TrunkName, request.RequestUri.User!, request.From.Uri.User ?? "anonymous", ToCallerLeg(transaction, handle));
        var result = await grains.GetGrain<ICallThreadGrain>(key).OfferAsync(offer).ConfigureAwait(false);
        Log.Offered(_logger, request.CallId, key, result.Status);
        if (!result.IsProceeding)
        {
            pending.Remove(handle);
            await transaction.SendResponseAsync(transaction.CreateResponse(result.Status, result.Reason, result.LocalTag)).ConfigureAwait(false);
        }
    }

    /// <summary>The checks that need no grain: draining, a number to dial, a dialog to build, SDP to relay.</summary>
    private Task<SipResponse?> AdmitAsync(SipServerTransaction transaction)
    {
        var request = transaction.Request;
        SipResponse Refuse(int status, string reason) => transaction.CreateResponse(status, reason, SipTags.New());
        if (_draining)
        {
            var busy = Refuse(503, "Service Unavailable");
            busy.Headers.Add(HeaderKind.RetryAfter, DrainRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.FromResult<SipResponse?>(busy);
        }

        SipResponse? refusal = null;
        if (string.IsNullOrEmpty(request.RequestUri.User))
        {
            refusal = Refuse(484, "Address Incomplete");
        }
        else if (request.From.Tag is null)
        {
            refusal = Refuse(400, "Missing From Tag");
        }
        else if (!request.TryGetNameAddressList(HeaderKind.Contact, out var contacts, out _) || contacts.Count != 1)
        {
            refusal = Refuse(400, "Missing or Invalid Contact");
        }
        else if (!request.Body.IsEmpty && !IsSdp(request))
        {
            // RFC 3261 §21.4.13: name what we do accept.
            refusal = Refuse(415, "Unsupported Media Type");
            refusal.Headers.Add(HeaderKind.Accept, "application/sdp");
        }

        return Task.FromResult(refusal);
    }

    /// <summary>
    /// An extension is recognised by its From (a DN of the tenant owning the From domain) and must prove it with
    /// digest; anything else must come from a trunk's network. A device on a trunk's address is still a device.
    /// </summary>
    private async Task<CallerIdentity> IdentifyCallerAsync(SipServerTransaction transaction)
    {
        var request = transaction.Request;
        var directory = TenantDirectory.Get(grains);
        var from = request.From.Uri;
        var fromTenant = from.User is null ? null : await directory.FindByDomainAsync(from.HostWithoutBrackets).ConfigureAwait(false);
        if (fromTenant is not null
            && await grains.GetGrain<ITenantGrain>(fromTenant).GetDigestCredentialsAsync(from.User!).ConfigureAwait(false) is { } credentials)
        {
            var challenge = await authenticator.AuthenticateAsync(request, credentials).ConfigureAwait(false);
            return challenge is null ? CallerIdentity.Extension(fromTenant, credentials.Username) : CallerIdentity.Refused(challenge);
        }

        var source = transaction.Inbound.Remote.Address.Address.ToString();
        var trunkTenant = await directory.FindBySourceAddressAsync(source).ConfigureAwait(false);
        if (trunkTenant is not null)
        {
            var trunk = await grains.GetGrain<ITenantGrain>(trunkTenant).MatchTrunkAsync(source).ConfigureAwait(false);
            return CallerIdentity.Trunk(trunkTenant, trunk?.Name);
        }

        var known = await directory.FindByDomainAsync(request.RequestUri.HostWithoutBrackets).ConfigureAwait(false) is not null;
        return CallerIdentity.Refused(known
            ? SipResponseFactory.Create(request, 403, "Unknown Caller", SipTags.New())
            : SipResponseFactory.Create(request, 404, "Domain Not Found", SipTags.New()));
    }

    /// <summary>
    /// A new call thread id whose grain this node owns (a few random draws at most: each hits a local slot with
    /// probability 1/nodes), so the call's first decisions involve no node-to-node hop.
    /// </summary>
    private string NewLocalCallThreadKey(string tenantId)
    {
        var key = CallThreadKey.For(tenantId, CallThreadKey.NewId());
        for (var attempt = 0; attempt < 32 && placement.Place(new GrainId(CallThreadGrainType, key)).Owner.NodeId != NodeId; attempt++)
        {
            key = CallThreadKey.For(tenantId, CallThreadKey.NewId());
        }

        return key;
    }

    private CallerLeg ToCallerLeg(SipServerTransaction transaction, string handle)
    {
        var request = transaction.Request;
        var from = request.From.Clone();
        from.Tag = null;
        var recordRoute = request.TryGetNameAddressList(HeaderKind.RecordRoute, out var routes, out _) ? routes.Select(r => r.ToString()).ToList() : [];
        var body = request.Body.IsEmpty ? null : Encoding.UTF8.GetString(request.Body.Span);
        return new CallerLeg(
            request.CallId,
            request.From.Tag!,
            from.ToString(),
            request.To.ToString(),
            request.Contacts[0].Uri.ToString(),
            recordRoute,
            request.CSeq.Number,
            new SipFlow(NodeId, SipTargets.Choose(request.Contacts[0].Uri, transaction.Inbound.Remote).ToString()),
            handle,
            body,
            body is null ? null : request.Headers.GetFirstValue(HeaderKind.ContentType));
    }

    private static bool IsSdp(SipRequest request) =>
        request.Headers.GetFirstValue(HeaderKind.ContentType) is { } type
        && type.Split(';')[0].Trim().Equals("application/sdp", StringComparison.OrdinalIgnoreCase);
}
