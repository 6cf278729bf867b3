namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// A SIP trunk (carrier or SBC) trusted by source address instead of digest authentication.
/// <see cref="SourceAcl"/> holds CIDR blocks ("192.0.2.0/24", "2001:db8::/32"; a bare address means a single host).
/// <see cref="AllowedPatterns"/> are dial-plan patterns the trunk may call; empty means anything internal.
/// <see cref="Target"/>, when set, makes the trunk carry outbound calls to external numbers: a transport address
/// (<c>udp:192.0.2.1:5060</c>, <c>tcp:[2001:db8::1]:5060</c>; a bare <c>ip:port</c> means UDP).
/// </summary>
public sealed record TrunkConfig(string Name, IReadOnlyList<string> SourceAcl, IReadOnlyList<string> AllowedPatterns, string? Target = null);
