using Voice.Sip.Transaction;

namespace Voice.Sip.Tests.Transaction;

public class SipTransactionOptionsTests
{
    [Fact]
    public void Defaults_MatchRfc3261Table4AndRfc6026()
    {
        var o = new SipTransactionOptions();

        Assert.Equal(TimeSpan.FromMilliseconds(500), o.T1);
        Assert.Equal(TimeSpan.FromSeconds(4), o.T2);
        Assert.Equal(TimeSpan.FromSeconds(5), o.T4);
        Assert.All([o.TimerB, o.TimerF, o.TimerH, o.TimerL, o.TimerM, o.TimerJ(reliable: false)], t => Assert.Equal(TimeSpan.FromSeconds(32), t));
        Assert.Equal(TimeSpan.FromSeconds(32), o.TimerD(reliable: false));
        Assert.Equal(TimeSpan.FromSeconds(5), o.TimerI(reliable: false));
        Assert.Equal(TimeSpan.FromSeconds(5), o.TimerK(reliable: false));
        Assert.All([o.TimerD(true), o.TimerI(true), o.TimerJ(true), o.TimerK(true)], t => Assert.Equal(TimeSpan.Zero, t));
    }

    [Fact]
    public void DerivedTimers_FollowT1()
    {
        var o = new SipTransactionOptions { T1 = TimeSpan.FromSeconds(1), T2 = TimeSpan.FromSeconds(8) };

        Assert.Equal(TimeSpan.FromSeconds(64), o.TimerB);
        Assert.Equal(TimeSpan.FromSeconds(64), o.TimerJ(reliable: false));
    }

    [Theory]
    [InlineData(0, 4000, 5000)]
    [InlineData(500, 100, 5000)]
    [InlineData(500, 4000, 0)]
    public void TryValidate_BadValues_ReportsProblem(int t1, int t2, int t4)
    {
        var o = new SipTransactionOptions
        {
            T1 = TimeSpan.FromMilliseconds(t1),
            T2 = TimeSpan.FromMilliseconds(t2),
            T4 = TimeSpan.FromMilliseconds(t4),
        };

        Assert.False(o.TryValidate(out var problem));
        Assert.NotNull(problem);
        Assert.Throws<ArgumentException>(o.Validate);
    }

    [Fact]
    public void TryValidate_Defaults_AreValid()
    {
        Assert.True(new SipTransactionOptions().TryValidate(out var problem));
        Assert.Null(problem);
    }
}
