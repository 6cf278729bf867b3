using System.Globalization;

namespace Voice.Redis.Connection;

public sealed partial record RedisClientOptions
{
    /// <summary>Every problem with these options; empty when they are usable.</summary>
    public IReadOnlyList<string> GetValidationErrors()
    {
        var errors = new List<string>();
        if (!TryParseEndPoint(EndPoint, out _, out _))
        {
            errors.Add($"EndPoint '{EndPoint}' is not host:port with a port in 1-65535.");
        }

        RequirePositive(errors, ConnectTimeout, nameof(ConnectTimeout));
        RequirePositive(errors, CommandTimeout, nameof(CommandTimeout));
        RequirePositive(errors, ReconnectBaseDelay, nameof(ReconnectBaseDelay));
        RequirePositive(errors, DisconnectedWaitTimeout, nameof(DisconnectedWaitTimeout));
        if (ReconnectMaxDelay < ReconnectBaseDelay)
        {
            errors.Add($"{nameof(ReconnectMaxDelay)} must be at least {nameof(ReconnectBaseDelay)}.");
        }

        if (ReconnectJitter is < 0 or > 1 || double.IsNaN(ReconnectJitter))
        {
            errors.Add($"{nameof(ReconnectJitter)} must be between 0 and 1.");
        }

        if (Database < 0)
        {
            errors.Add($"{nameof(Database)} must not be negative.");
        }

        if (!Enum.IsDefined(Protocol))
        {
            errors.Add($"{nameof(Protocol)} {Protocol} is not RESP2 or RESP3.");
        }

        if (User is not null && Password is null)
        {
            errors.Add($"{nameof(User)} requires a {nameof(Password)}.");
        }

        return errors;
    }

    /// <summary>Throws when the options are unusable.</summary>
    /// <exception cref="ArgumentException">Lists every problem found.</exception>
    public void Validate()
    {
        var errors = GetValidationErrors();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid Redis client options: " + string.Join(" ", errors));
        }
    }

    internal (string Host, int Port) ParsedEndPoint =>
        TryParseEndPoint(EndPoint, out string host, out int port) ? (host, port) : throw new ArgumentException($"Invalid EndPoint '{EndPoint}'.");

    private static bool TryParseEndPoint(string? endPoint, out string host, out int port)
    {
        host = string.Empty;
        port = 0;
        int colon = endPoint?.LastIndexOf(':') ?? -1;
        if (colon <= 0)
        {
            return false;
        }

        host = endPoint![..colon].Trim('[', ']');
        return host.Length > 0
            && int.TryParse(endPoint.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port)
            && port is > 0 and <= 65535;
    }

    private static void RequirePositive(List<string> errors, TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            errors.Add($"{name} must be positive.");
        }
    }
}
