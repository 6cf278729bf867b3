using System.Globalization;
using Voice.Runtime.Hosting;

namespace Voice.Runtime.Tests.Grains;

public sealed class CounterGrain(GrainRuntime runtime) : Grain<CounterState>, ICounterGrain
{
    public async Task<int> AddAsync(int amount)
    {
        State.Value += amount;
        await WriteStateAsync();
        return State.Value;
    }

    public async Task<int> AddWithEventsAsync(int amount)
    {
        var events = new List<GrainEvent>();
        for (var i = 0; i < amount; i++)
        {
            State.Value++;
            events.Add(new GrainEvent("counts", Key, State.Value.ToString(CultureInfo.InvariantCulture)));
        }

        await WriteStateAsync(events);
        return State.Value;
    }

    public Task<int> GetAsync() => Task.FromResult(State.Value);

    public Task<string> WhereAsync() => Task.FromResult(runtime.NodeId);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
