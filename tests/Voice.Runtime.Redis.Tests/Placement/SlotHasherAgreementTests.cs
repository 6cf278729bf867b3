using Voice.Runtime.Placement;

namespace Voice.Runtime.Redis.Tests.Placement;

/// <summary>The cluster uses the runtime's one grain → slot mapping (leases, fencing and reminders agree on it).</summary>
public class SlotHasherAgreementTests
{
    [Fact]
    public void GetSlot_KnownVector_IsFnv1a32OfTypeSlashKeyModulo1024()
    {
        // FNV-1a 32 of UTF-8 "callthread/abc" = 0xbf8ec7c2; 0xbf8ec7c2 % 1024 = 962.
        Assert.Equal(962, SlotHasher.GetSlot(new GrainId("callthread", "abc")));
        Assert.Equal(1024, SlotHasher.SlotCount);
    }
}
