using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;
using Voice.Sip.Message;
using Voice.Sip.Transaction;

using Voice.Runtime.Hosting;

namespace Voice.Gateway.Sip;

/// <summary>
/// REGISTER (RFC 3261 §10.3): find the tenant from the domain, authenticate the DN with digest against the tenant's
/// HA1s, then let the DN's Device grain apply the binding rules and answer with what it stored.
/// </summary>
public sealed partial class SipRegistrar(
    IGrainFactory grains,
    SipDigestAuthenticator authenticator,
    IOptions<GrainRuntimeOptions> runtime,
    IOptions<SipGatewayOptions> options,
    TimeProvider time,
    ILogger<SipRegistrar>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task HandleAsync(SipServerTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var request = transaction.Request;
        var response = await DecideAsync(transaction, request).ConfigureAwait(false);
        Log.Answered(_logger, request.CallId, response.StatusCode);
        await transaction.SendResponseAsync(response).ConfigureAwait(false);
    }

    private async Task<SipResponse> DecideAsync(SipServerTransaction transaction, SipRequest request)
    {
        if (!request.TryGetNameAddress(HeaderKind.To, out var to, out _) || !to.Uri.IsSip)
        {
            return Refuse(request, 400, "Invalid To");
        }

        // RFC 3261 §10.3 step 1: the Request-URI names the domain; fall back to the AOR's host (To).
        var tenantId = await FindTenantAsync(request.RequestUri.HostWithoutBrackets, to.Uri.HostWithoutBrackets).ConfigureAwait(false);
        if (tenantId is null)
        {
            Log.UnknownDomain(_logger, request.RequestUri.Host);
            return Refuse(request, 404, "Domain Not Found");
        }

        var dn = to.Uri.User;
        var credentials = dn is null ? null : await grains.GetGrain<ITenantGrain>(tenantId).GetDigestCredentialsAsync(dn).ConfigureAwait(false);
        if (credentials is null)
        {
            // RFC 3261 §10.3 step 3: the AOR is not an extension of this tenant.
            return Refuse(request, 403, "Unknown DN");
        }

        var challenge = await authenticator.AuthenticateAsync(request, credentials).ConfigureAwait(false);
        if (challenge is not null)
        {
            return challenge;
        }

        return await UpdateBindingsAsync(transaction, request, DeviceKey.For(tenantId, credentials.Username)).ConfigureAwait(false);
    }

    private async Task<SipResponse> UpdateBindingsAsync(SipServerTransaction transaction, SipRequest request, string deviceKey)
    {
        var device = grains.GetGrain<IDeviceGrain>(deviceKey);
        var source = transaction.Inbound.Remote.ToString();
        switch (RegisterRequestReader.Read(request, source, options.Value.Expires, out var update, out var problem))
        {
            case RegisterReading.Fetch:
                return RegisterResponses.Ok(request, await device.GetBindingsAsync().ConfigureAwait(false), time.GetUtcNow());
            case RegisterReading.RemoveAll:
                var removed = await device.UnregisterAllAsync(request.CallId, request.CSeq.Number).ConfigureAwait(false);
                return RegisterResponses.For(request, removed, time.GetUtcNow());
            case RegisterReading.Update:
                // The binding remembers this node: calls to the contact leave from here, where its flow is.
                var result = await device.RegisterAsync(update! with { Node = runtime.Value.NodeId }).ConfigureAwait(false);
                Log.Registered(_logger, deviceKey, result.Outcome, result.Bindings.Count);
                return RegisterResponses.For(request, result, time.GetUtcNow());
            default:
                return Refuse(request, 400, problem ?? "Bad Request");
        }
    }

    private async Task<string?> FindTenantAsync(string requestDomain, string aorDomain)
    {
        var directory = TenantDirectory.Get(grains);
        var tenantId = await directory.FindByDomainAsync(requestDomain).ConfigureAwait(false);
        if (tenantId is null && !string.Equals(requestDomain, aorDomain, StringComparison.OrdinalIgnoreCase))
        {
            tenantId = await directory.FindByDomainAsync(aorDomain).ConfigureAwait(false);
        }

        return tenantId;
    }

    private static SipResponse Refuse(SipRequest request, int status, string reason) =>
        SipResponseFactory.Create(request, status, reason, SipTags.New());
}
