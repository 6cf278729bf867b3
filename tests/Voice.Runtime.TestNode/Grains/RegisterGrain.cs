using Voice.Runtime;
using Voice.Runtime.Hosting;

namespace Voice.Runtime.TestNode.Grains;

public sealed class RegisterGrain(GrainRuntime runtime, TimeProvider time) : Grain<RegisterState>, IRegisterGrain
{
    public Task<string> GetAsync() => Task.FromResult(State.Value);

    public Task SetAsync(string value)
    {
        State.Value = value;
        return WriteStateAsync([new GrainEvent("registers", Key, "set:" + value)]);
    }

    public async Task SetAfterAsync(string value, int delayMilliseconds)
    {
        // The multi-process tests wait for this line before freezing the node mid-write.
        Console.WriteLine($"SET-AFTER WAITING {Key}");
        await Task.Delay(TimeSpan.FromMilliseconds(delayMilliseconds), time);
        await SetAsync(value);
    }

    public Task<string> WhereAsync() => Task.FromResult(runtime.NodeId);
}
