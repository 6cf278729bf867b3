namespace Voice.Runtime.Benchmarks;

public interface IBenchWriterGrain : IGrainWithStringKey
{
    /// <summary>One persisted write: increments the state and commits it with one event.</summary>
    Task WriteAsync();
}
