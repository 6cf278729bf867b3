namespace Voice.Runtime.Benchmarks;

public sealed class BenchWriterState
{
    public long X { get; set; }
}
