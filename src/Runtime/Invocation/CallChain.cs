using System.Globalization;
using System.Security.Cryptography;

namespace Voice.Runtime.Invocation;

/// <summary>
/// Identity of a call chain: created for each call that enters the runtime from outside a grain and carried (via
/// <see cref="CallContext"/>, and across nodes as text) by every call made while serving it. A message of a chain
/// that is already executing in an activation runs at once, which is what lets A→B→A complete.
/// </summary>
public sealed class CallChain
{
    // High half is random per process, low half a counter: unique across nodes without a Guid per call.
    private static readonly ulong ProcessPart = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
    private static long _counter;

    internal CallChain()
        : this(ProcessPart, (ulong)Interlocked.Increment(ref _counter))
    {
    }

    private CallChain(ulong high, ulong low)
    {
        High = high;
        Low = low;
    }

    internal ulong High { get; }

    internal ulong Low { get; }

    public bool IsSameChain(CallChain? other)
        => other is not null && (ReferenceEquals(this, other) || (High == other.High && Low == other.Low));

    public override string ToString() => High.ToString("x16", CultureInfo.InvariantCulture) + Low.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Parses <see cref="ToString"/> output; anything else starts a fresh chain.</summary>
    public static CallChain Parse(string? text)
    {
        if (text is { Length: 32 }
            && ulong.TryParse(text.AsSpan(0, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var high)
            && ulong.TryParse(text.AsSpan(16), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var low))
        {
            return new CallChain(high, low);
        }

        return new CallChain();
    }
}
