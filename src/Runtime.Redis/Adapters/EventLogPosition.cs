using System.Globalization;

namespace Voice.Runtime.Redis.Adapters;

/// <summary>
/// Maps Redis stream entry ids (<c>ms-seq</c>) to the runtime's long event positions and back:
/// position = ms · 2^20 + seq. Order is preserved, so "position ≥ p" is "id &gt; IdBefore(p)" for XREAD, and a
/// consumer resumes from <c>last.Position + 1</c> exactly as with the in-memory log. Valid while fewer than 2^20
/// entries share one millisecond of one stream and until the year 2248 (43 bits of milliseconds).
/// </summary>
public static class EventLogPosition
{
    private const int SequenceBits = 20;
    private const long SequenceMask = (1L << SequenceBits) - 1;

    /// <summary>The position of the entry with Redis id <paramref name="entryId"/>.</summary>
    public static long FromEntryId(string entryId)
    {
        ArgumentNullException.ThrowIfNull(entryId);
        var dash = entryId.IndexOf('-', StringComparison.Ordinal);
        var milliseconds = long.Parse(entryId.AsSpan(0, dash), CultureInfo.InvariantCulture);
        var sequence = long.Parse(entryId.AsSpan(dash + 1), CultureInfo.InvariantCulture);
        if (sequence > SequenceMask)
        {
            throw new InvalidOperationException($"Stream entry id {entryId} has a sequence beyond {SequenceMask}; it has no event log position.");
        }

        return (milliseconds << SequenceBits) | sequence;
    }

    /// <summary>The Redis id to read after so that every entry at or beyond <paramref name="position"/> is returned.</summary>
    public static string IdBefore(long position)
    {
        if (position <= 1)
        {
            return "0-0";
        }

        var previous = position - 1;
        return (previous >> SequenceBits).ToString(CultureInfo.InvariantCulture) + "-" + (previous & SequenceMask).ToString(CultureInfo.InvariantCulture);
    }
}
