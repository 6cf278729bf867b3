using System.Numerics;

namespace Voice.Media.Codecs;

/// <summary>
/// ITU-T G.711 A-law between 16-bit linear PCM and 8-bit codes, computed from the segment definition: a
/// 12-bit magnitude (13-bit signed linear), a linear first segment and seven doubling ones, the sign bit set
/// for positive values and the even bits inverted (XOR 0x55) on the wire.
/// </summary>
public static class G711ALaw
{
    private const int EvenBitInversion = 0x55;

    public static byte Encode(short sample)
    {
        int value = sample;

        // One's complement for negatives keeps the two halves symmetric: -1 maps next to 0, as G.711 does.
        var magnitude = (value >= 0 ? value : ~value) >> 3;
        int code;
        if (magnitude < 32)
        {
            code = magnitude >> 1;
        }
        else
        {
            // Segment s (1..7) covers [16·2^s, 32·2^s) in steps of 2^s.
            var segment = BitOperations.Log2((uint)magnitude) - 4;
            code = (segment << 4) | ((magnitude >> segment) & 0x0F);
        }

        if (value >= 0)
        {
            code |= 0x80;
        }

        return (byte)(code ^ EvenBitInversion);
    }

    public static short Decode(byte code)
    {
        var bits = code ^ EvenBitInversion;
        var segment = (bits >> 4) & 0x07;
        var step = bits & 0x0F;

        // The middle of the quantization interval, in 13-bit units, then scaled to 16 bits.
        var magnitude = segment == 0 ? (step << 1) + 1 : ((step << 1) + 33) << (segment - 1);
        magnitude <<= 3;
        return (short)((bits & 0x80) != 0 ? magnitude : -magnitude);
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
