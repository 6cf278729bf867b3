namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// A SIP trunk (carrier or SBC) trusted by source address instead of digest authentication.
/// <see cref="SourceAcl"/> holds CIDR blocks ("192.0.2.0/24", "2001:db8::/32"; a bare address means a single host).
/// <see cref="AllowedPatterns"/> are dial-plan patterns the trunk may call; empty means anything internal.
/// </summary>
public sealed record TrunkConfig(string Name, IReadOnlyList<string> SourceAcl, IReadOnlyList<string> AllowedPatterns);
