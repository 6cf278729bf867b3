namespace Voice.Grains.Contracts.Tenancy;

/// <summary>What the directory knows of one tenant: its SIP domain and the CIDR blocks of all its trunks.</summary>
public sealed record TenantDirectoryEntry(string TenantId, string SipDomain, IReadOnlyList<string> TrunkNetworks);
