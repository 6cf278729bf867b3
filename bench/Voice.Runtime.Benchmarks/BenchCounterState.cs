namespace Voice.Runtime.Benchmarks;

public sealed class BenchCounterState
{
    public int Value { get; set; }
}
