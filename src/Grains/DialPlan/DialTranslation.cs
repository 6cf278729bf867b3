using System.Text;

namespace Voice.Grains.DialPlan;

/// <summary>
/// A compiled translation template: literal characters (0-9 * # +) and back-references $0 (the whole dialled
/// string) or $1..$9 (the pattern's captures). "" is not allowed; "$0" keeps the number as dialled.
/// </summary>
public sealed class DialTranslation
{
    // Each part is either a literal (Group = -1) or a reference to group Group.
    private readonly (string Literal, int Group)[] _parts;

    private DialTranslation(string text, (string Literal, int Group)[] parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    public static bool TryParse(string? text, int captureCount, out DialTranslation translation, out string error)
    {
        translation = null!;
        if (string.IsNullOrEmpty(text))
        {
            error = "translation is empty";
            return false;
        }

        var parts = new List<(string, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '$')
            {
                if (i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]))
                {
                    error = $"'$' at {i + 1} must be followed by a group number 0-9";
                    return false;
                }

                var group = text[i + 1] - '0';
                if (group > captureCount)
                {
                    error = $"${group} at {i + 1} refers to a capture the pattern does not have (it has {captureCount})";
                    return false;
                }

                parts.Add((string.Empty, group));
                i++;
            }
            else if (char.IsAsciiDigit(c) || c is '*' or '#' or '+')
            {
                parts.Add((c.ToString(), -1));
            }
            else
            {
                error = $"unexpected '{c}' at {i + 1}";
                return false;
            }
        }

        translation = new DialTranslation(text, [.. parts]);
        error = string.Empty;
        return true;
    }

    /// <summary>Builds the translated number from <paramref name="groups"/> as produced by <see cref="DialPattern.TryMatch"/>.</summary>
    public string Apply(IReadOnlyList<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var builder = new StringBuilder();
        foreach (var (literal, group) in _parts)
        {
            builder.Append(group < 0 ? literal : groups[group]);
        }

        return builder.ToString();
    }

    public override string ToString() => Text;
}
