namespace Voice.Runtime.Remoting;

/// <summary>
/// Node id → base address of that node's internal HTTP/2 listener (e.g. http://10.0.0.5:7100/). The cluster wires
/// this to its membership table; <see cref="StaticNodeAddressBook"/> serves tests and fixed deployments.
/// </summary>
public interface INodeAddressBook
{
    bool TryGetAddress(string nodeId, out Uri baseAddress);
}
