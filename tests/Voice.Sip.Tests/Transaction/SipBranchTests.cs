using Voice.Sip.Transaction;

namespace Voice.Sip.Tests.Transaction;

public class SipBranchTests
{
    [Fact]
    public void NewBranch_StartsWithMagicCookieAndIsUnique()
    {
        var branches = Enumerable.Range(0, 1000).Select(_ => SipBranch.NewBranch()).ToList();

        Assert.All(branches, b => Assert.StartsWith("z9hG4bK", b, StringComparison.Ordinal));
        Assert.All(branches, b => Assert.True(b.Length > "z9hG4bK".Length + 8));
        Assert.Equal(branches.Count, branches.Distinct(StringComparer.Ordinal).Count());
    }
}
