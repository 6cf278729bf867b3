using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// Names of a call thread. Grain key <c>{tenant}:{id}</c>; id = 16 lower-case hex digits (64 random bits). Our SIP
/// dialog tag on every leg is <c>{id}~{tenant}</c>: '~' is a token character (RFC 3261 §25.1) that neither hex nor
/// a tenant id contains, so any node receiving an in-dialog request finds the call from its To tag alone.
/// </summary>
public static class CallThreadKey
{
    private const char TagSeparator = '~';
    private const int IdLength = 16;

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));

    public static string For(string tenantId, string callThreadId) => $"{tenantId}:{callThreadId}";

    public static (string TenantId, string CallThreadId) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.LastIndexOf(':');
        return colon <= 0 ? throw new ArgumentException($"'{key}' is not a call thread key ({{tenant}}:{{id}})", nameof(key)) : (key[..colon], key[(colon + 1)..]);
    }

    public static string Tag(string tenantId, string callThreadId) => $"{callThreadId}{TagSeparator}{tenantId}";

    /// <summary>The call thread named by one of our dialog tags; false for any tag we did not mint.</summary>
    public static bool TryParseTag(string? tag, [NotNullWhen(true)] out string? key)
    {
        key = null;
        if (tag is null || tag.Length < IdLength + 2 || tag[IdLength] != TagSeparator)
        {
            return false;
        }

        var id = tag.AsSpan(0, IdLength);
        foreach (var c in id)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        key = For(tag[(IdLength + 1)..], id.ToString());
        return true;
    }
}
