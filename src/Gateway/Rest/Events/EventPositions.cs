using System.Globalization;

namespace Voice.Gateway.Rest.Events;

/// <summary>Stream positions as clients send them: whole numbers, 0 or more (0 and 1 both mean the beginning).</summary>
internal static class EventPositions
{
    public static bool TryParse(string text, out long position) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out position) && position < long.MaxValue;
}
