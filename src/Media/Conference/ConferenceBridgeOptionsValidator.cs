using System.Net;
using Microsoft.Extensions.Options;

namespace Voice.Media.Conference;

/// <summary>Rejects option values the bridge cannot work with.</summary>
public sealed class ConferenceBridgeOptionsValidator : IValidateOptions<ConferenceBridgeOptions>
{
    public ValidateOptionsResult Validate(string? name, ConferenceBridgeOptions options)
    {
        var failures = new List<string>();
        if (options.PortRangeStart is < 1 or > 65535 || options.PortRangeEnd is < 1 or > 65535)
        {
            failures.Add("PortRangeStart and PortRangeEnd must be 1-65535.");
        }
        else if (options.PortRangeEnd < options.PortRangeStart + (options.PortRangeStart % 2))
        {
            failures.Add("The port range must contain at least one even port.");
        }

        var milliseconds = options.Packetization.TotalMilliseconds;
        if (milliseconds is < 10 or > 60 || milliseconds % 10 != 0)
        {
            failures.Add("Packetization must be 10-60 ms in steps of 10 ms.");
        }

        if (options.JitterPrefillFrames < 1 || options.JitterMaxFrames < options.JitterPrefillFrames)
        {
            failures.Add("JitterPrefillFrames must be at least 1 and JitterMaxFrames at least JitterPrefillFrames.");
        }

        var wildcard = options.BindAddress.Equals(IPAddress.Any) || options.BindAddress.Equals(IPAddress.IPv6Any);
        if (wildcard && string.IsNullOrWhiteSpace(options.AdvertisedAddress))
        {
            failures.Add("AdvertisedAddress is required when BindAddress is a wildcard: an answer cannot say 0.0.0.0.");
        }

        if (options.AdvertisedAddress is { } advertised && !IPAddress.TryParse(advertised, out _))
        {
            failures.Add($"AdvertisedAddress '{advertised}' is not an IP address literal.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
