using System.Text;

namespace Voice.Sip.Sdp;

/// <summary>
/// Writes a description in the order RFC 4566 §5 fixes (v o s i u e p c b t r z k a, then per media
/// m i c b k a), CRLF after every line. Verbatim lines go back among the a= lines where they were read.
/// </summary>
internal static class SdpWriter
{
    public static byte[] ToBytes(SessionDescription description) => Encoding.UTF8.GetBytes(ToText(description));

    public static string ToText(SessionDescription description)
    {
        var text = new StringBuilder(512);
        Line(text, 'v', "0");
        Line(text, 'o', description.Origin.ToString());
        Line(text, 's', description.SessionName);
        Optional(text, 'i', description.Information);
        Optional(text, 'u', description.Uri);
        description.Emails.ForEach(e => Line(text, 'e', e));
        description.Phones.ForEach(p => Line(text, 'p', p));
        Optional(text, 'c', description.Connection?.ToString());
        description.Bandwidths.ForEach(b => Line(text, 'b', b.ToString()));
        foreach (var timing in description.Timings)
        {
            Line(text, 't', timing.ToString());
            timing.Repeats.ForEach(r => Line(text, 'r', r));
        }

        Optional(text, 'z', description.TimeZones);
        Optional(text, 'k', description.EncryptionKey);
        AttributesAndOtherLines(text, description);
        foreach (var media in description.Media)
        {
            Line(text, 'm', media.ToString());
            Optional(text, 'i', media.Information);
            Optional(text, 'c', media.Connection?.ToString());
            media.AdditionalConnections.ForEach(c => Line(text, 'c', c.ToString()));
            media.Bandwidths.ForEach(b => Line(text, 'b', b.ToString()));
            Optional(text, 'k', media.EncryptionKey);
            AttributesAndOtherLines(text, media);
        }

        return text.ToString();
    }

    private static void AttributesAndOtherLines(StringBuilder text, SdpSection section)
    {
        for (var i = 0; i < section.Attributes.Count; i++)
        {
            OtherLinesAt(text, section, i, i);
            Line(text, 'a', section.Attributes[i].ToString());
        }

        // Lines read after the last attribute, or whose attributes have since been removed.
        OtherLinesAt(text, section, section.Attributes.Count, int.MaxValue);
    }

    private static void OtherLinesAt(StringBuilder text, SdpSection section, int from, int to)
    {
        foreach (var line in section.OtherLines)
        {
            if (line.AttributeIndex >= from && line.AttributeIndex <= to)
            {
                Line(text, line.Type, line.Value);
            }
        }
    }

    private static void Optional(StringBuilder text, char type, string? value)
    {
        if (value is not null)
        {
            Line(text, type, value);
        }
    }

    private static void Line(StringBuilder text, char type, string value) =>
        text.Append(type).Append('=').Append(value).Append("\r\n");
}
