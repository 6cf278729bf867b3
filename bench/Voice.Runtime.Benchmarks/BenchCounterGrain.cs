namespace Voice.Runtime.Benchmarks;

public sealed class BenchCounterGrain : Grain<BenchCounterState>, IBenchCounterGrain
{
    public async Task<int> IncrementAsync()
    {
        State.Value++;
        await WriteStateAsync();
        return State.Value;
    }
}
