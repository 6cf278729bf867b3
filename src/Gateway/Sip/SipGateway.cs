using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Gateway.Sip.Calls;
using Voice.Runtime;
using Voice.Sip.Message;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Gateway.Sip;

/// <summary>
/// The transaction user on top of Voice.Sip's transaction layer: dispatches new requests by method. The gateway keeps
/// transactions (seconds); grains keep registrations, dialogs and calls (durable). Every callback hands its work to
/// the thread pool and returns, so a slow grain call never holds up the transport's receive loop (the transaction
/// already exists and absorbs retransmissions meanwhile).
/// </summary>
public sealed partial class SipGateway(
    SipRegistrar registrar,
    SipCallHandler calls,
    SipLegExecutor legs,
    PendingServerTransactions pending,
    ILogger<SipGateway>? logger = null) : ISipTransactionUser
{
    /// <summary>Methods answered (RFC 3261 §20.5 Allow).</summary>
    public static readonly IReadOnlyList<SipMethod> AllowedMethods =
        [SipMethod.Invite, SipMethod.Ack, SipMethod.Cancel, SipMethod.Bye, SipMethod.Options, SipMethod.Register];

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>From now on new INVITEs are refused with 503 and Retry-After; dialogs and registrations go on.</summary>
    public void StopAcceptingCalls() => calls.StopAcceptingCalls();

    public Task OnRequestAsync(SipServerTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        Log.Received(_logger, transaction.Request.Method.Name, transaction.Request.CallId, transaction.Inbound.Remote);
        Dispatch(() => HandleRequestAsync(transaction));
        return Task.CompletedTask;
    }

    public Task OnAckAsync(SipInboundMessage ack, ServerInviteTransaction? transaction)
    {
        Dispatch(() => calls.OnAckAsync(ack, legs));
        return Task.CompletedTask;
    }

    public Task OnCancelAsync(ServerInviteTransaction invite, SipServerTransaction cancel)
    {
        Dispatch(() => calls.OnCancelAsync(invite));
        return Task.CompletedTask;
    }

    /// <summary>A 2xx retransmission for an INVITE we sent and ACKed (RFC 3261 §13.2.2.4): the ACK was lost, send it again.</summary>
    public Task OnResponseAsync(SipInboundMessage response, ClientInviteTransaction? transaction)
    {
        if (response?.Message is SipResponse { IsSuccess: true } success && success.CSeq.Method == SipMethod.Invite)
        {
            Dispatch(() => legs.ResendAckAsync(success.CallId, success.CSeq.Number));
        }

        return Task.CompletedTask;
    }

    public Task OnTransactionFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        Log.TransactionFailed(_logger, transaction.Request.Method.Name, transaction.Request.CallId, failure);
        if (pending.TryFind(transaction, out var handle, out _))
        {
            pending.Remove(handle);
        }

        return Task.CompletedTask;
    }

    private async Task HandleRequestAsync(SipServerTransaction transaction)
    {
        var request = transaction.Request;
        try
        {
            await RouteAsync(transaction, request).ConfigureAwait(false);
        }
        catch (GrainCallTimeoutException ex)
        {
            // RFC 3261 §21.5.4: a grain that did not answer in time is a temporary condition; invite a retry.
            Log.GrainFailed(_logger, request.Method.Name, request.CallId, ex);
            var response = transaction.CreateResponse(503, toTag: SipTags.New());
            response.Headers.Add(HeaderKind.RetryAfter, "5");
            await FailAsync(transaction, response).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is GrainInvocationException or InconsistentStateException)
        {
            Log.GrainFailed(_logger, request.Method.Name, request.CallId, ex);
            await FailAsync(transaction, transaction.CreateResponse(500, toTag: SipTags.New())).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // E.g. the grain's node stayed unreachable: never leave the transaction without an answer (it would absorb
            // the peer's retransmissions until it times out); a 503 tells the peer to try again shortly.
            Log.GrainFailed(_logger, request.Method.Name, request.CallId, ex);
            var response = transaction.CreateResponse(503, toTag: SipTags.New());
            response.Headers.Add(HeaderKind.RetryAfter, "1");
            await FailAsync(transaction, response).ConfigureAwait(false);
        }
    }

    private Task RouteAsync(SipServerTransaction transaction, SipRequest request)
    {
        var inDialog = request.To.Tag is not null;
        if (request.Method == SipMethod.Register)
        {
            return registrar.HandleAsync(transaction);
        }

        if (inDialog)
        {
            return calls.OnInDialogRequestAsync(transaction);
        }

        if (request.Method == SipMethod.Invite)
        {
            return calls.OnInviteAsync(transaction);
        }

        if (request.Method == SipMethod.Options)
        {
            return transaction.SendResponseAsync(CreateOptionsResponse(request));
        }

        // RFC 3261 §12.2.2 / §15: BYE and the like outside any dialog match nothing; other methods are not served.
        var status = request.Method == SipMethod.Bye ? 481 : 501;
        return transaction.SendResponseAsync(transaction.CreateResponse(status, toTag: SipTags.New()));
    }

    private async Task FailAsync(SipServerTransaction transaction, SipResponse response)
    {
        if (pending.TryFind(transaction, out var handle, out _))
        {
            pending.Remove(handle);
        }

        await transaction.SendResponseAsync(response).ConfigureAwait(false);
    }

    private void Dispatch(Func<Task> work) => _ = Task.Run(async () =>
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Nothing may escape into the receive loop; a request that failed here is retransmitted or times out.
            Log.HandlerFailed(_logger, ex);
        }
    });

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
