namespace Voice.Runtime.Benchmarks;

public sealed class BenchEchoGrain : Grain, IBenchEchoGrain
{
    public Task<int> EchoAsync(int value) => Task.FromResult(value);
}
