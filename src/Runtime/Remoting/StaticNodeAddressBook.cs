using System.Collections.Concurrent;

namespace Voice.Runtime.Remoting;

/// <summary>An in-memory, mutable address book.</summary>
public sealed class StaticNodeAddressBook : INodeAddressBook
{
    private readonly ConcurrentDictionary<string, Uri> _addresses = new(StringComparer.Ordinal);

    public void Set(string nodeId, Uri baseAddress) => _addresses[nodeId] = baseAddress;

    public bool Remove(string nodeId) => _addresses.TryRemove(nodeId, out _);

    public bool TryGetAddress(string nodeId, out Uri baseAddress) => _addresses.TryGetValue(nodeId, out baseAddress!);
}
