using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Hosting;

public sealed class ExceptionPropagationTests
{
    [Fact]
    public async Task GrainThrowsAfterAwait_CallerGetsSameTypeAndMessage()
    {
        await using var host = new RuntimeHost();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Runtime.GetGrain<ITurnGrain>("f").ThrowAsync("boom"));

        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public async Task GrainThrowsSynchronously_CallerGetsFaultedTaskNotThrow()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<ITurnGrain>("g");
        await grain.NameAsync();

        var task = grain.ThrowSynchronously("bad arg");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => task);
        Assert.Equal("bad arg", error.Message);
        Assert.Equal("turn:g", await grain.NameAsync());
    }
}
