namespace Voice.Sip.Sdp;

/// <summary>
/// RFC 3551 §6 static audio payload types, used when an offer lists one without an a=rtpmap
/// (allowed: RFC 4566 §6 says rtpmap may be omitted for static types).
/// </summary>
internal static class SdpStaticPayloadTypes
{
    public static bool TryGet(int payloadType, out string name, out int clockRate, out int? channels)
    {
        (name, clockRate, channels) = payloadType switch
        {
            0 => ("PCMU", 8000, (int?)null),
            3 => ("GSM", 8000, null),
            4 => ("G723", 8000, null),
            5 => ("DVI4", 8000, null),
            6 => ("DVI4", 16000, null),
            7 => ("LPC", 8000, null),
            8 => ("PCMA", 8000, null),
            9 => ("G722", 8000, null),
            10 => ("L16", 44100, 2),
            11 => ("L16", 44100, null),
            12 => ("QCELP", 8000, null),
            13 => ("CN", 8000, null),
            14 => ("MPA", 90000, null),
            15 => ("G728", 8000, null),
            16 => ("DVI4", 11025, null),
            17 => ("DVI4", 22050, null),
            18 => ("G729", 8000, null),
            _ => (string.Empty, 0, null),
        };
        return clockRate != 0;
    }
}
