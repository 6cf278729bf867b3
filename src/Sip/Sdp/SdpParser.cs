using System.Diagnostics.CodeAnalysis;

namespace Voice.Sip.Sdp;

/// <summary>
/// Reads SDP line by line (RFC 4566 §5): <c>&lt;type&gt;=&lt;value&gt;</c>, v= first, o=, s= and at least one
/// t= required, session-level lines before the first m=. Types the model has no field for are kept
/// verbatim (RFC 4566 §5 tells parsers to ignore them; a B2BUA must still pass them on).
/// </summary>
internal sealed partial class SdpParser
{
    private readonly SessionDescription _description = new(new SdpOrigin("-", "0", 0, "IN", "IP4", "0.0.0.0"));
    private MediaDescription? _media;
    private int _lineNumber;
    private char _previousType;
    private bool _seenOrigin;
    private bool _seenName;

    private SdpSection Section => (SdpSection?)_media ?? _description;

    public static bool TryParse(string text, [NotNullWhen(true)] out SessionDescription? description, out string? detail)
    {
        description = null;
        var parser = new SdpParser();
        var pos = 0;
        while (pos < text.Length)
        {
            var newline = text.IndexOf('\n', pos);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(pos, end - pos);
            pos = end + 1;
            parser._lineNumber++;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            // Blank lines (typically a trailing extra CRLF) carry nothing; tolerate them.
            if (line.IsEmpty)
            {
                continue;
            }

            detail = parser.AcceptLine(line.ToString());
            if (detail is not null)
            {
                detail = $"line {parser._lineNumber}: {detail}";
                return false;
            }
        }

        detail = parser.Finish();
        description = detail is null ? parser._description : null;
        return description is not null;
    }

    /// <summary>Takes one non-empty line; returns why it is malformed, or null.</summary>
    private string? AcceptLine(string line)
    {
        if (line.Length < 2 || line[1] != '=' || line[0] is < 'a' or > 'z')
        {
            return $"'{Shorten(line)}' is not of the form <type>=<value>";
        }

        var type = line[0];
        var value = line[2..];
        if (_previousType == '\0' && type != 'v')
        {
            return "the description must start with v=0";
        }

        if (value.Length == 0 && type is not ('s' or 'i'))
        {
            return $"{type}= has no value";
        }

        if (_media is not null && type is 'v' or 'o' or 's' or 'u' or 'e' or 'p' or 't' or 'r' or 'z')
        {
            return $"{type}= is only allowed before the first m= line";
        }

        var error = AcceptTyped(type, value);
        _previousType = type;
        return error;
    }

    private string? AcceptTyped(char type, string value) => type switch
    {
        'v' => AcceptVersion(value),
        'o' => AcceptOrigin(value),
        's' => AcceptName(value),
        'i' => AcceptInformation(value),
        'u' => SetOnce(ref _uriSeen, 'u', () => _description.Uri = value),
        'e' => Run(() => _description.Emails.Add(value)),
        'p' => Run(() => _description.Phones.Add(value)),
        'c' => AcceptConnection(value),
        'b' => AcceptBandwidth(value),
        't' => AcceptTiming(value),
        'r' => AcceptRepeat(value),
        'z' => SetOnce(ref _zoneSeen, 'z', () => _description.TimeZones = value),
        'k' => AcceptKey(value),
        'a' => AcceptAttribute(value),
        'm' => AcceptMedia(value),
        _ => Run(() => Section.OtherLines.Add(new SdpLine(type, value, Section.Attributes.Count))),
    };

    private string? Finish()
    {
        if (_previousType == '\0')
        {
            return "empty description: the description must start with v=0";
        }

        if (!_seenOrigin)
        {
            return "missing o= line";
        }

        if (!_seenName)
        {
            return "missing s= line";
        }

        return _description.Timings.Count == 0 ? "missing t= line" : null;
    }

    private static string? Run(Action action)
    {
        action();
        return null;
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
