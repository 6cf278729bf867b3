using System.Net;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy;

/// <summary>One ACL block of a trunk, parsed.</summary>
public sealed record TrunkNetwork(IPNetwork Network, TrunkConfig Trunk);
