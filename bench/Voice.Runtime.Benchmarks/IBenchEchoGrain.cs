namespace Voice.Runtime.Benchmarks;

public interface IBenchEchoGrain : IGrainWithStringKey
{
    Task<int> EchoAsync(int value);
}
