using System.Numerics;

namespace Voice.Media.Codecs;

/// <summary>
/// ITU-T G.711 μ-law between 16-bit linear PCM and 8-bit codes, computed from the segment definition rather
/// than tables: eight segments of sixteen steps over the biased magnitude, code bits inverted on the wire.
/// </summary>
public static class G711MuLaw
{
    // G.711 adds 33 in 14-bit units before segmenting; scaled to 16-bit input that is 132.
    private const int Bias = 0x84;

    // Largest magnitude whose biased value still fits the top segment (32635 + 132 = 32767).
    private const int Clip = 32635;

    public static byte Encode(short sample)
    {
        int value = sample;
        var sign = value < 0 ? 0x80 : 0x00;
        var magnitude = Math.Min(Math.Abs(value), Clip) + Bias;

        // The biased magnitude is at least 2^7, so its top bit (7..14) gives the segment 0..7.
        var segment = BitOperations.Log2((uint)magnitude) - 7;
        var step = (magnitude >> (segment + 3)) & 0x0F;
        return (byte)~(sign | (segment << 4) | step);
    }

    public static short Decode(byte code)
    {
        var bits = ~code & 0xFF;
        var segment = (bits >> 4) & 0x07;
        var step = bits & 0x0F;
        var magnitude = (((step << 3) + Bias) << segment) - Bias;
        return (short)((bits & 0x80) != 0 ? -magnitude : magnitude);
    }

    public static void Encode(ReadOnlySpan<short> samples, Span<byte> codes)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            codes[i] = Encode(samples[i]);
        }
    }

    public static void Decode(ReadOnlySpan<byte> codes, Span<short> samples)
    {
        for (var i = 0; i < codes.Length; i++)
        {
            samples[i] = Decode(codes[i]);
        }
    }
}
