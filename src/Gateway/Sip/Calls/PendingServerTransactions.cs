using System.Collections.Concurrent;
using System.Globalization;
using Voice.Sip.Transaction;

namespace Voice.Gateway.Sip.Calls;

/// <summary>
/// Server transactions of this node waiting for a call thread to answer them (an INVITE or re-INVITE), by handle
/// <c>{node}/{n}</c>: the handle is what the grain stores and names in its <c>RespondAction</c>, since transactions
/// themselves never leave the node. An entry goes when its final response is sent or the transaction ends.
/// </summary>
public sealed class PendingServerTransactions
{
    private readonly ConcurrentDictionary<string, PendingServerTransaction> _byHandle = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SipServerTransaction, string> _byTransaction = new();
    private long _next;

    public int Count => _byHandle.Count;

    public string Add(string nodeId, SipServerTransaction transaction, string callThreadKey)
    {
        var handle = $"{nodeId}/{Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture)}";
        _byHandle[handle] = new PendingServerTransaction(transaction, callThreadKey);
        _byTransaction[transaction] = handle;
        return handle;
    }

    public bool TryGet(string handle, out PendingServerTransaction pending) => _byHandle.TryGetValue(handle, out pending!);

    public bool TryFind(SipServerTransaction transaction, out string handle, out PendingServerTransaction pending)
    {
        pending = null!;
        return _byTransaction.TryGetValue(transaction, out handle!) && _byHandle.TryGetValue(handle, out pending!);
    }

    public void Remove(string handle)
    {
        if (_byHandle.TryRemove(handle, out var pending))
        {
            _byTransaction.TryRemove(pending.Transaction, out _);
        }
    }
}
