using System.Globalization;

namespace Voice.Redis.Protocol;

/// <summary>Redis's textual doubles: decimal numbers plus <c>inf</c>, <c>+inf</c>, <c>-inf</c> and <c>nan</c>.</summary>
internal static class RespDouble
{
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        if (text.Equals("inf", StringComparison.OrdinalIgnoreCase) || text.Equals("+inf", StringComparison.OrdinalIgnoreCase))
        {
            value = double.PositiveInfinity;
            return true;
        }

        if (text.Equals("-inf", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NegativeInfinity;
            return true;
        }

        if (text.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
