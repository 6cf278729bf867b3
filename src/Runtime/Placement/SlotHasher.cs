using System.Text;

namespace Voice.Runtime.Placement;

/// <summary>slot = FNV-1a 32 over the UTF-8 of "type/key", modulo <see cref="SlotCount"/>; stable across processes.</summary>
public static class SlotHasher
{
    public const int SlotCount = 1024;
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static int GetSlot(GrainId grainId)
    {
        var hash = OffsetBasis;
        hash = Mix(hash, grainId.Type);
        hash = (hash ^ '/') * Prime;
        hash = Mix(hash, grainId.Key);
        return (int)(hash % SlotCount);
    }

    private static uint Mix(uint hash, string text)
    {
        Span<byte> buffer = stackalloc byte[256];
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var bytes = byteCount <= buffer.Length ? buffer[..byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(text, bytes);
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }
}
