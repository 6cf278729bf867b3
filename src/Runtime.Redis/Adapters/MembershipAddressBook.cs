using Voice.Runtime.Redis.Hosting;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Redis.Adapters;

/// <summary>
/// Node id → internal HTTP/2 address, read from this node's live membership view (the address every node
/// announces in its heartbeat). A node that left or died is no longer found, so calls are not sent to it.
/// </summary>
public sealed class MembershipAddressBook(RedisClusterHost host) : INodeAddressBook
{
    public bool TryGetAddress(string nodeId, out Uri baseAddress)
    {
        baseAddress = null!;
        var member = host.Node.Membership.Current.Find(nodeId);
        return member is not null && Uri.TryCreate(member.Info.HttpAddress, UriKind.Absolute, out baseAddress!);
    }
}
