using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Hosting;

public sealed class GrainActivationTests
{
    [Fact]
    public async Task GetGrain_BeforeAnyCall_ActivatesNothing()
    {
        await using var host = new RuntimeHost();

        host.Runtime.GetGrain<IEchoGrain>("a");

        Assert.Equal(0, host.Runtime.ActivationCount);
    }

    [Fact]
    public async Task FirstCall_ActivatesGrainOnceAndReturnsResult()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<IEchoGrain>("a");

        var first = await grain.EchoAsync(41);
        var second = await grain.EchoAsync(42);

        Assert.Equal(41, first);
        Assert.Equal(42, second);
        Assert.Equal(1, host.Runtime.ActivationCount);
        Assert.Single(host.Probe.Log, e => e == "activate a");
    }

    [Fact]
    public async Task ConcurrentFirstCalls_FromManyReferences_ShareOneActivation()
    {
        await using var host = new RuntimeHost();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => host.Runtime.GetGrain<IEchoGrain>("shared").ActivationNumberAsync()));

        Assert.Single(results.Distinct());
        Assert.Single(host.Probe.Log, e => e == "activate shared");
    }

    [Fact]
    public async Task AllReturnShapes_RoundTripThroughProxy()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<IEchoGrain>("shapes");

        var shouted = await grain.ShoutAsync("hi");
        await grain.TouchAsync();
        var where = await grain.WhereAsync(CancellationToken.None);

        Assert.Equal("HI", shouted);
        Assert.Equal("local", where);
    }

    [Fact]
    public async Task UnregisteredGrainClass_CallFailsWithClearMessage()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<IUnimplementedGrain>("x");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.NothingAsync());

        Assert.Contains("unimplemented", error.Message, StringComparison.Ordinal);
    }
}
