using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Serialization.Metadata;

namespace Voice.Client;

/// <summary>Settings of a grain client (a process that calls grains but hosts none).</summary>
public sealed record GrainClientOptions
{
    /// <summary>Identity of this client in logs; never appears in the slot table.</summary>
    public string ClientId { get; set; } = "client-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-"
        + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    /// <summary>How long a call may take, retries to reach the owner included.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>JSON metadata of the contracts' arguments and results (their source-generated contexts).</summary>
    public IList<IJsonTypeInfoResolver> JsonTypeInfoResolvers { get; } = [];
}
