namespace Voice.Media.Mixing;

/// <summary>
/// N-1 mixing with one pass over the inputs: sum every contributor once, then give each listener the sum
/// minus its own frame, saturated to 16 bits. Sums are kept in 32 bits, which cannot overflow below 65536
/// contributors.
/// </summary>
internal static class AudioMixer
{
    public static void Accumulate(Span<int> total, ReadOnlySpan<short> frame)
    {
        for (var i = 0; i < total.Length; i++)
        {
            total[i] += frame[i];
        }
    }

    /// <param name="own">The listener's own frame when it contributed to <paramref name="total"/>; empty otherwise.</param>
    public static void MixExcluding(ReadOnlySpan<int> total, ReadOnlySpan<short> own, Span<short> output)
    {
        for (var i = 0; i < output.Length; i++)
        {
            var sample = own.IsEmpty ? total[i] : total[i] - own[i];
            output[i] = (short)Math.Clamp(sample, short.MinValue, short.MaxValue);
        }
    }
}
