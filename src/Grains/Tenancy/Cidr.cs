using System.Net;
using System.Net.Sockets;

namespace Voice.Grains.Tenancy;

/// <summary>
/// CIDR blocks for trunk ACLs (RFC 4632 §3.1 notation for IPv4, RFC 4291 §2.3 for IPv6). A bare address is a
/// single host (/32 or /128). Host bits must be zero ("10.0.0.1/8" is rejected as ambiguous).
/// </summary>
public static class Cidr
{
    public static bool TryParse(string? text, out IPNetwork network, out string error)
    {
        network = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty network";
            return false;
        }

        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? trimmed : trimmed[..slash];
        if (!IPAddress.TryParse(addressText, out var address) || addressText.Contains('%', StringComparison.Ordinal))
        {
            error = $"'{addressText}' is not an IPv4 or IPv6 address";
            return false;
        }

        var maxPrefix = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = maxPrefix;
        if (slash >= 0 && (!int.TryParse(trimmed.AsSpan(slash + 1), System.Globalization.NumberStyles.None, null, out prefix) || prefix > maxPrefix))
        {
            error = $"prefix length '{trimmed[(slash + 1)..]}' is not 0-{maxPrefix}";
            return false;
        }

        network = new IPNetwork(address, prefix);
        if (!network.BaseAddress.Equals(address))
        {
            error = $"'{trimmed}' has host bits set (did you mean {network}?)";
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>True when the two blocks share any address (CIDR blocks are either nested or disjoint).</summary>
    public static bool Overlaps(IPNetwork a, IPNetwork b) =>
        a.BaseAddress.AddressFamily == b.BaseAddress.AddressFamily && (a.Contains(b.BaseAddress) || b.Contains(a.BaseAddress));

    /// <summary>Parses a source address, mapping IPv4-mapped IPv6 ("::ffff:192.0.2.1") to IPv4 as dual-stack sockets report it.</summary>
    public static bool TryParseAddress(string? text, out IPAddress address)
    {
        if (!IPAddress.TryParse(text, out address!))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return true;
    }
}
