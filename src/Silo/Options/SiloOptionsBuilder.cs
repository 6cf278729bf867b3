using System.Globalization;
using System.Net;

using Voice.Sip.Auth;

namespace Voice.Silo.Options;

/// <summary>Collects validated option values from the environment, then the command line (later sources win).</summary>
internal sealed class SiloOptionsBuilder
{
    private const int MaxNodeIdLength = 100;

    public string? Redis { get; private set; }

    public int? SipPort { get; private set; }

    public int? HttpPort { get; private set; }

    public int? InternalPort { get; private set; }

    public string? TenantFile { get; private set; }

    public string? NodeId { get; private set; }

    public IPAddress? ListenAddress { get; private set; }

    public string? AdvertiseHost { get; private set; }

    public TimeSpan? DrainDelay { get; private set; }

    public TimeSpan? NoAnswerTimeout { get; private set; }

    public string? TokenKey { get; private set; }

    public IPAddress? MediaAddress { get; private set; }

    public (int Start, int End)? MediaPorts { get; private set; }

    public string? SetMediaAddress(string value)
    {
        if (!IPAddress.TryParse(value.Trim('[', ']'), out var address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return $"'{value}' is not a unicast IP address phones can send media to";
        }

        MediaAddress = address;
        return null;
    }

    /// <summary>An UDP port range <c>FIRST-LAST</c> for conference media (each participant takes an even port).</summary>
    public string? SetMediaPorts(string value)
    {
        var parts = value.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || ParsePort(parts[0]) is not { } start || ParsePort(parts[1]) is not { } end || end < start + 1)
        {
            return $"'{value}' is not a port range FIRST-LAST (for example 40000-40999)";
        }

        MediaPorts = (start, end);
        return null;
    }

    public string? SetRedis(string value)
    {
        var colon = value.LastIndexOf(':');
        var host = colon > 0 ? value[..colon].Trim('[', ']') : "";
        if (host.Length == 0 || ParsePort(value[(colon + 1)..]) is null)
        {
            return $"'{value}' is not HOST:PORT (for example 127.0.0.1:6379)";
        }

        Redis = value;
        return null;
    }

    public string? SetTokenKey(string value)
    {
        // HMAC-SHA256 keys shorter than the hash add no strength and invite guessable values.
        if (value.Length < 32)
        {
            return "the key must be at least 32 characters (for example: openssl rand -base64 32)";
        }

        TokenKey = value;
        return null;
    }

    public string? SetSipPort(string value) => SetPort(value, p => SipPort = p);

    public string? SetHttpPort(string value) => SetPort(value, p => HttpPort = p);

    public string? SetInternalPort(string value) => SetPort(value, p => InternalPort = p);

    public string? SetTenantFile(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "a file path is required";
        }

        TenantFile = value;
        return null;
    }

    public string? SetNodeId(string value)
    {
        // Node ids end up in Redis keys and log lines: keep them printable and free of spaces.
        if (value.Length is 0 or > MaxNodeIdLength || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
        {
            return $"'{value}' is not a node id (1-{MaxNodeIdLength} letters, digits, '-', '_', '.', ':')";
        }

        NodeId = value;
        return null;
    }

    public string? SetListenAddress(string value)
    {
        if (!IPAddress.TryParse(value, out var address))
        {
            return $"'{value}' is not an IP address";
        }

        ListenAddress = address;
        return null;
    }

    public string? SetAdvertiseHost(string value)
    {
        if (Uri.CheckHostName(value.Trim('[', ']')) == UriHostNameType.Unknown)
        {
            return $"'{value}' is not a host name or IP address";
        }

        AdvertiseHost = value.Trim('[', ']');
        return null;
    }

    public IReadOnlyList<DigestAlgorithm>? DigestAlgorithms { get; private set; }

    /// <summary>Comma-separated RFC 7616 algorithm tokens, most preferred first (e.g. "SHA-256,MD5").</summary>
    public string? SetDigestAlgorithms(string value)
    {
        var algorithms = new List<DigestAlgorithm>();
        foreach (var token in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Voice.Sip.Auth.DigestAlgorithms.TryParse(token, out var algorithm))
            {
                return $"'{token}' is not a digest algorithm (MD5, MD5-sess, SHA-256, SHA-256-sess)";
            }

            if (!algorithms.Contains(algorithm))
            {
                algorithms.Add(algorithm);
            }
        }

        if (algorithms.Count == 0)
        {
            return "at least one digest algorithm is needed";
        }

        DigestAlgorithms = algorithms;
        return null;
    }

    public string? SetDrainDelay(string value)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds is < 0 or > 300)
        {
            return $"'{value}' is not a number of seconds between 0 and 300";
        }

        DrainDelay = TimeSpan.FromSeconds(seconds);
        return null;
    }

    public string? SetNoAnswerTimeout(string value)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > 600)
        {
            return $"'{value}' is not a number of seconds between 1 and 600";
        }

        NoAnswerTimeout = TimeSpan.FromSeconds(seconds);
        return null;
    }

    private static int? ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535 ? port : null;

    private static string? SetPort(string value, Action<int> set)
    {
        if (ParsePort(value) is not { } port)
        {
            return $"'{value}' is not a port number (1-65535)";
        }

        set(port);
        return null;
    }
}
