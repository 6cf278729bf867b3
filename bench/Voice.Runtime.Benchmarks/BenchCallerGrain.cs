namespace Voice.Runtime.Benchmarks;

public sealed class BenchCallerGrain : Grain, IBenchCallerGrain
{
    public async Task<int> CallEchoAsync(int count)
    {
        var echo = GrainFactory.GetGrain<IBenchEchoGrain>(Key);
        var sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += await echo.EchoAsync(i);
        }

        return sum;
    }
}
