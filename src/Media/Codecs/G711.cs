namespace Voice.Media.Codecs;

/// <summary>What the mixer needs of a G.711 law: its RTP name, clock rate, and span conversion either way.</summary>
public static class G711
{
    /// <summary>G.711 samples at 8 kHz, one byte per sample (RFC 3551 §4.5.14).</summary>
    public const int ClockRate = 8000;

    public static string EncodingName(G711Law law) => law == G711Law.Pcma ? "PCMA" : "PCMU";

    public static int StaticPayloadType(G711Law law) => law == G711Law.Pcma ? 8 : 0;

    public static void Encode(G711Law law, ReadOnlySpan<short> samples, Span<byte> codes)
    {
        if (law == G711Law.Pcma)
        {
            G711ALaw.Encode(samples, codes);
        }
        else
        {
            G711MuLaw.Encode(samples, codes);
        }
    }

    public static void Decode(G711Law law, ReadOnlySpan<byte> codes, Span<short> samples)
    {
        if (law == G711Law.Pcma)
        {
            G711ALaw.Decode(codes, samples);
        }
        else
        {
            G711MuLaw.Decode(codes, samples);
        }
    }
}
