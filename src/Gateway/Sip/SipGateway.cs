using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Runtime;
using Voice.Sip.Message;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Gateway.Sip;

/// <summary>
/// The transaction user on top of Voice.Sip's transaction layer: dispatches new requests by method. The gateway keeps
/// transactions (seconds); grains keep registrations, dialogs and calls (durable).
/// </summary>
public sealed partial class SipGateway(SipRegistrar registrar, ILogger<SipGateway>? logger = null) : ISipTransactionUser
{
    /// <summary>Methods answered today (RFC 3261 §20.5 Allow).</summary>
    public static readonly IReadOnlyList<SipMethod> AllowedMethods = [SipMethod.Register, SipMethod.Options];

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task OnRequestAsync(SipServerTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var request = transaction.Request;
        Log.Received(_logger, request.Method.Name, request.CallId, transaction.Inbound.Remote);
        try
        {
            if (request.Method == SipMethod.Register)
            {
                await registrar.HandleAsync(transaction).ConfigureAwait(false);
            }
            else if (request.Method == SipMethod.Options)
            {
                await transaction.SendResponseAsync(CreateOptionsResponse(request)).ConfigureAwait(false);
            }
            else
            {
                // INVITE (and BYE, REFER, … with it) comes with the B2BUA slice: until the call-thread grain exists
                // nothing here can honour them, so say so rather than pretend (RFC 3261 §21.5.2).
                await transaction.SendResponseAsync(transaction.CreateResponse(501, toTag: SipTags.New())).ConfigureAwait(false);
            }
        }
        catch (GrainCallTimeoutException ex)
        {
            // RFC 3261 §21.5.4: a grain that did not answer in time is a temporary condition; invite a retry.
            Log.GrainFailed(_logger, request.Method.Name, request.CallId, ex);
            var response = transaction.CreateResponse(503, toTag: SipTags.New());
            response.Headers.Add(HeaderKind.RetryAfter, "5");
            await transaction.SendResponseAsync(response).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is GrainInvocationException or InconsistentStateException)
        {
            Log.GrainFailed(_logger, request.Method.Name, request.CallId, ex);
            await transaction.SendResponseAsync(transaction.CreateResponse(500, toTag: SipTags.New())).ConfigureAwait(false);
        }
    }

    /// <summary>An ACK outside any transaction: only 2xx to INVITE produce those, and INVITE is not served yet.</summary>
    public Task OnAckAsync(SipInboundMessage ack, ServerInviteTransaction? transaction) => Task.CompletedTask;

    /// <summary>No INVITE server transaction is ever left pending (501 is final at once), so there is nothing to cancel.</summary>
    public Task OnCancelAsync(ServerInviteTransaction invite, SipServerTransaction cancel) => Task.CompletedTask;

    /// <summary>The gateway sends no requests yet, so every response is stray.</summary>
    public Task OnResponseAsync(SipInboundMessage response, ClientInviteTransaction? transaction) => Task.CompletedTask;

    public Task OnTransactionFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        Log.TransactionFailed(_logger, transaction.Request.Method.Name, transaction.Request.CallId, failure);
        return Task.CompletedTask;
    }

    /// <summary>RFC 3261 §11.2: OPTIONS is answered as an INVITE would be, listing Allow, Accept and Supported.</summary>
    private static SipResponse CreateOptionsResponse(SipRequest request)
    {
        var response = SipResponseFactory.Create(request, 200, toTag: SipTags.New());
        response.Headers.Add(HeaderKind.Allow, string.Join(", ", AllowedMethods.Select(m => m.Name)));
        response.Headers.Add(HeaderKind.Accept, "application/sdp");
        // No option tags yet (no 100rel, timer, replaces): an empty Supported says so explicitly (RFC 3261 §20.37).
        response.Headers.Add(HeaderKind.Supported, string.Empty);
        return response;
    }
}
