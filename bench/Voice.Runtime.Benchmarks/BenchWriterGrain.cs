namespace Voice.Runtime.Benchmarks;

/// <summary>Each call is one fenced state write plus one event (the shape of a typical contact-centre grain turn).</summary>
public sealed class BenchWriterGrain : Grain<BenchWriterState>, IBenchWriterGrain
{
    public async Task WriteAsync()
    {
        State.X++;
        await WriteStateAsync([new GrainEvent("bench-writes", Key, "{\"delta\":1}")]);
    }
}
