using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Voice.Sip.Message;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>
/// The transaction layer (RFC 3261 §17): matches inbound messages to transactions, absorbs retransmissions,
/// creates server transactions for new requests and client transactions for requests the TU sends, and
/// forgets transactions once they terminate. Handles CANCEL (§9.2) and merged requests (§8.2.2.2) itself.
/// </summary>
public sealed partial class SipTransactionLayer : ISipTransactionHost
{
    private readonly ConcurrentDictionary<SipTransactionKey, SipClientTransaction> _clients = new();
    private readonly ConcurrentDictionary<SipTransactionKey, SipServerTransaction> _servers = new();
    private readonly ConcurrentDictionary<SipMergeKey, SipServerTransaction> _mergeIndex = new();
    private readonly TransactionContext _context;
    private readonly ILogger _logger;

    public SipTransactionLayer(ISipMessageSender sender, SipTransactionOptions options, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _logger = logger;
        _context = new TransactionContext(sender, options, timeProvider, logger, this);
    }

    /// <summary>Receives new requests, stray responses and failures. Requests arriving while it is null are dropped.</summary>
    public ISipTransactionUser? TransactionUser { get; set; }

    /// <summary>Live (not yet terminated) transactions, client and server.</summary>
    public int TransactionCount => _clients.Count + _servers.Count;

    public int ClientTransactionCount => _clients.Count;

    public int ServerTransactionCount => _servers.Count;

    /// <summary>
    /// Creates a client transaction for <paramref name="request"/> (INVITE or non-INVITE), sends it to
    /// <paramref name="destination"/> and returns it. A branch is generated when the top Via has none.
    /// ACK is not a transaction (RFC 3261 §17.1.1.3): send it with the <see cref="ISipMessageSender"/> directly.
    /// </summary>
    public async Task<SipClientTransaction> SendRequestAsync(SipRequest request, SipEndPoint destination)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(destination);
        if (request.Method == SipMethod.Ack)
        {
            throw new ArgumentException("ACK does not create a client transaction.", nameof(request));
        }

        SipViaBranch.EnsureBranch(request);
        SipTransactionMatcher.TryGetClientKey(request, out var key);
        SipClientTransaction transaction = request.Method == SipMethod.Invite
            ? new ClientInviteTransaction(key, request, destination, _context)
            : new ClientNonInviteTransaction(key, request, destination, _context);
        if (!_clients.TryAdd(key, transaction))
        {
            transaction.Abandon();
            throw new InvalidOperationException($"A client transaction with branch {key.Branch} and method {key.Method} already exists.");
        }

        await transaction.StartAsync().ConfigureAwait(false);
        return transaction;
    }

    /// <summary>
    /// RFC 3261 §9.1: sends a CANCEL for <paramref name="invite"/> as a new non-INVITE client transaction to the
    /// same destination; null when the INVITE has had no provisional response yet or already has a final one.
    /// </summary>
    public async Task<SipClientTransaction?> CancelAsync(ClientInviteTransaction invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        return invite.TryCreateCancel(out var cancel)
            ? await SendRequestAsync(cancel, invite.Destination).ConfigureAwait(false)
            : null;
    }

    /// <summary>Entry point for every parsed, validated message the transports receive.</summary>
    public Task HandleInboundAsync(SipInboundMessage inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return inbound.Message switch
        {
            SipRequest request => HandleRequestAsync(inbound, request),
            SipResponse response => HandleResponseAsync(inbound, response),
            _ => Task.CompletedTask,
        };
    }

    private async Task HandleResponseAsync(SipInboundMessage inbound, SipResponse response)
    {
        // RFC 3261 §17.1.3: branch + CSeq method select the client transaction.
        if (SipTransactionMatcher.TryGetClientKey(response, out var key) && _clients.TryGetValue(key, out var transaction))
        {
            await transaction.OnResponseAsync(inbound).ConfigureAwait(false);
            return;
        }

        // No transaction: e.g. a 2xx retransmission after timer M; the UA core handles it (RFC 6026 §8.4).
        await NotifyTuAsync("stray response", tu => tu.OnResponseAsync(inbound, null)).ConfigureAwait(false);
    }
}
