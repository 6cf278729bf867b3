using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Registrar.DeviceTestData;

namespace Voice.Grains.Tests.Registrar;

public sealed class DeviceGrainTests
{
    private const string Key = "demo:1001";

    [Fact]
    public async Task Register_NewContact_StoresBindingWithHeaderExpiry()
    {
        await using var host = new GrainsHost();

        var result = await host.Device(Key).RegisterAsync(Register("c1", 1, 120, Contact("a")));

        var binding = Assert.Single(result.Bindings);
        Assert.True(result.IsOk);
        Assert.Equal("sip:a@127.0.0.1:5070", binding.Uri);
        Assert.Equal(120, binding.SecondsLeft(host.Time.GetUtcNow()));
        Assert.Equal(binding, Assert.Single(await host.Device(Key).GetBindingsAsync()));
    }

    [Fact]
    public async Task Register_ContactExpiresParam_WinsOverHeader()
    {
        await using var host = new GrainsHost();

        var result = await host.Device(Key).RegisterAsync(Register("c1", 1, 120, Contact("a", expires: 30), Contact("b")));

        var seconds = result.Bindings.ToDictionary(b => b.Uri, b => b.SecondsLeft(host.Time.GetUtcNow()));
        Assert.Equal(30, seconds["sip:a@127.0.0.1:5070"]);
        Assert.Equal(120, seconds["sip:b@127.0.0.1:5070"]);
    }

    [Fact]
    public async Task Register_NoExpiresAnywhere_UsesDefaultAndLongIntervalIsShortenedToMax()
    {
        await using var host = new GrainsHost();

        var result = await host.Device(Key).RegisterAsync(Register("c1", 1, null, Contact("a"), Contact("b", expires: 100_000)));

        var seconds = result.Bindings.Select(b => b.SecondsLeft(host.Time.GetUtcNow())).Order().ToArray();
        Assert.Equal([Bounds.Default, Bounds.Max], seconds);
    }

    [Fact]
    public async Task Register_SameCallIdHigherCSeq_RefreshesExpiry()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.RegisterAsync(Register("c1", 1, 60, Contact("a")));
        host.Time.Advance(TimeSpan.FromSeconds(50));

        var result = await device.RegisterAsync(Register("c1", 2, 60, Contact("a")));

        var binding = Assert.Single(result.Bindings);
        Assert.Equal(60, binding.SecondsLeft(host.Time.GetUtcNow()));
        Assert.Equal(2, binding.CSeq);
    }

    [Fact]
    public async Task Register_ExpiresZero_RemovesOnlyThatBinding()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.RegisterAsync(Register("c1", 1, 60, Contact("a"), Contact("b")));

        var result = await device.RegisterAsync(Register("c1", 2, null, Contact("a", expires: 0)));

        Assert.Equal("sip:b@127.0.0.1:5070", Assert.Single(result.Bindings).Uri);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task Register_SameCallIdNotHigherCSeq_IsRefusedAndChangesNothing(long cseq)
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.RegisterAsync(Register("c1", 5, 60, Contact("a")));

        var result = await device.RegisterAsync(Register("c1", cseq, 0, Contact("a")));

        Assert.Equal(RegisterOutcome.OutOfOrder, result.Outcome);
        Assert.Single(await device.GetBindingsAsync());
    }

    [Fact]
    public async Task Register_OtherCallIdLowerCSeq_IsAccepted()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.RegisterAsync(Register("c1", 5, 60, Contact("a")));

        var result = await device.RegisterAsync(Register("c2", 1, 90, Contact("a")));

        Assert.True(result.IsOk);
        Assert.Equal("c2", Assert.Single(result.Bindings).CallId);
    }

    [Fact]
    public async Task Register_IntervalBelowMin_IsRefusedWithMinExpiresAndStoresNothing()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);

        var result = await device.RegisterAsync(Register("c1", 1, 60, Contact("a"), Contact("b", expires: 5)));

        Assert.Equal((RegisterOutcome.IntervalTooBrief, (int?)Bounds.Min), (result.Outcome, result.MinExpires));
        Assert.Empty(await device.GetBindingsAsync());
        Assert.Empty(await ServiceEventsAsync(host, Key));
    }

    [Fact]
    public async Task Bindings_WithQValues_AreReturnedHighestQFirst()
    {
        await using var host = new GrainsHost();

        var result = await host.Device(Key).RegisterAsync(
            Register("c1", 1, 60, Contact("low", q: 0.1), Contact("none"), Contact("mid", q: 0.5)));

        Assert.Equal(["none", "mid", "low"], result.Bindings.Select(b => b.Uri[4..b.Uri.IndexOf('@')]));
        Assert.Equal([null, 0.5, 0.1], result.Bindings.Select(b => b.Q));
    }

    [Fact]
    public async Task UnregisterAll_RemovesEveryBindingAndPublishesOutOfService()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.RegisterAsync(Register("c1", 1, 60, Contact("a"), Contact("b")));

        var result = await device.UnregisterAllAsync("c1", 2);

        Assert.True(result.IsOk);
        Assert.Empty(await device.GetBindingsAsync());
        Assert.Equal([DnServiceEvent.BackInService, DnServiceEvent.OutOfService], (await ServiceEventsAsync(host, Key)).Select(e => e.Event.Id));
    }

    [Fact]
    public async Task UnregisterAll_SameCallIdOldCSeq_IsRefusedAndKeepsBindings()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.RegisterAsync(Register("c1", 3, 60, Contact("a")));

        var result = await device.UnregisterAllAsync("c1", 3);

        Assert.Equal(RegisterOutcome.OutOfOrder, result.Outcome);
        Assert.Single(await device.GetBindingsAsync());
    }

    [Fact]
    public async Task Bindings_AfterDeactivation_AreReadBackFromStorage()
    {
        await using var host = new GrainsHost();
        await host.Device(Key).RegisterAsync(Register("c1", 1, 60, Contact("a", q: 0.7)));
        await host.DeactivateAsync("device", Key);
        Assert.False(host.Runtime.IsActivatedHere(new Voice.Runtime.GrainId("device", Key)));

        var binding = Assert.Single(await host.Device(Key).GetBindingsAsync());

        Assert.Equal(("sip:a@127.0.0.1:5070", (double?)0.7, "c1"), (binding.Uri, binding.Q, binding.CallId));
    }
}
