namespace Voice.Runtime.Redis.Placement;

/// <summary>
/// Hashes that never change between processes, runtimes or machines (unlike string.GetHashCode), so every node
/// computes the same placement. FNV-1a (Fowler/Noll/Vo, public-domain algorithm) over the bytes, then the
/// 64-bit finalizer of a well-known avalanche mix so that inputs differing only in their last bytes
/// (the slot number) still spread over all 64 bits.
/// </summary>
public static class StableHash
{
    private const ulong Fnv64Offset = 14695981039346656037UL;
    private const ulong Fnv64Prime = 1099511628211UL;

    /// <summary>FNV-1a 64 of <paramref name="data"/>, continuing from <paramref name="seed"/> (default: the FNV offset basis).</summary>
    public static ulong Fnv1a64(ReadOnlySpan<byte> data, ulong seed = Fnv64Offset)
    {
        ulong hash = seed;
        foreach (byte b in data)
        {
            hash = (hash ^ b) * Fnv64Prime;
        }

        return hash;
    }

    /// <summary>Avalanche finalizer: every input bit affects every output bit with probability about 1/2.</summary>
    public static ulong Mix(ulong value)
    {
        value ^= value >> 33;
        value *= 0xff51afd7ed558ccdUL;
        value ^= value >> 33;
        value *= 0xc4ceb9fe1a85ec53UL;
        value ^= value >> 33;
        return value;
    }
}
