namespace Voice.Runtime.Benchmarks;

public interface IBenchCallerGrain : IGrainWithStringKey
{
    /// <summary>Calls the echo grain <paramref name="count"/> times from inside a grain turn.</summary>
    Task<int> CallEchoAsync(int count);
}
