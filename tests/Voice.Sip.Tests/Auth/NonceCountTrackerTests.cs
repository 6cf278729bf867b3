using Voice.Sip.Auth;
using Voice.Sip.Tests.Support;

using Voice.Testing;

namespace Voice.Sip.Tests.Auth;

public class NonceCountTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryUse_CountMustStrictlyIncrease()
    {
        var tracker = new NonceCountTracker(10, new ManualTimeProvider(Start));
        var expires = Start.AddMinutes(5);

        Assert.Equal(NonceUse.Accepted, tracker.TryUse("n", Start, expires, 1));
        Assert.Equal(NonceUse.Accepted, tracker.TryUse("n", Start, expires, 5));
        Assert.Equal(NonceUse.Replayed, tracker.TryUse("n", Start, expires, 5));
        Assert.Equal(NonceUse.Replayed, tracker.TryUse("n", Start, expires, 3));
        Assert.Equal(NonceUse.Accepted, tracker.TryUse("other", Start, expires, 1));
    }

    [Fact]
    public void TryUse_WhenFull_EvictsOldestAndTreatsItAndOlderNoncesAsForgotten()
    {
        var tracker = new NonceCountTracker(2, new ManualTimeProvider(Start));
        var expires = Start.AddHours(1);

        tracker.TryUse("a", Start.AddSeconds(1), expires, 1);
        tracker.TryUse("b", Start.AddSeconds(2), expires, 1);
        Assert.Equal(NonceUse.Accepted, tracker.TryUse("c", Start.AddSeconds(3), expires, 1));

        Assert.Equal(2, tracker.Count);
        Assert.Equal(NonceUse.Forgotten, tracker.TryUse("a", Start.AddSeconds(1), expires, 1));
        Assert.Equal(NonceUse.Forgotten, tracker.TryUse("never-seen-but-old", Start, expires, 1));
        Assert.Equal(NonceUse.Replayed, tracker.TryUse("b", Start.AddSeconds(2), expires, 1));
    }

    [Fact]
    public void TryUse_ExpiredEntries_AreDropped()
    {
        var time = new ManualTimeProvider(Start);
        var tracker = new NonceCountTracker(10, time);
        tracker.TryUse("a", Start, Start.AddMinutes(1), 1);

        time.Advance(TimeSpan.FromMinutes(2));
        tracker.TryUse("b", time.GetUtcNow(), time.GetUtcNow().AddMinutes(1), 1);

        Assert.Equal(1, tracker.Count);
    }
}
