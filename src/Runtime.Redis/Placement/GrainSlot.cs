using System.Text;

namespace Voice.Runtime.Redis.Placement;

/// <summary>The placement slot of a grain, as the runtime design fixes it: FNV-1a 32 over UTF-8 "type/key", mod slot count.</summary>
public static class GrainSlot
{
    /// <summary>Slot of grain (<paramref name="grainType"/>, <paramref name="key"/>) among <paramref name="slotCount"/> slots.</summary>
    public static int Of(string grainType, string key, int slotCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slotCount, 1);
        return (int)(StableHash.Fnv1a32(Encoding.UTF8.GetBytes(grainType + "/" + key)) % (uint)slotCount);
    }
}
