namespace Voice.Runtime.Benchmarks;

public interface IBenchCounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();
}
