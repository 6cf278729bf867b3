namespace Voice.Runtime.Redis.Membership;

/// <summary>What a node announces about itself when it joins.</summary>
/// <param name="NodeId">Unique, stable for the process lifetime (e.g. host name + start nonce).</param>
/// <param name="HttpAddress">Base address other nodes use for node-to-node grain calls.</param>
/// <param name="SipAddress">SIP address of the node's stack (for proxies / load balancers).</param>
public sealed record ClusterNodeInfo(string NodeId, string HttpAddress, string SipAddress);
