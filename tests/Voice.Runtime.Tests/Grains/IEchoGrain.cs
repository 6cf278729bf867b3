namespace Voice.Runtime.Tests.Grains;

[GrainType("echo")]
public interface IEchoGrain : IGrainWithStringKey
{
    Task<int> EchoAsync(int value);

    ValueTask<string> ShoutAsync(string text);

    ValueTask TouchAsync();

    Task<string> WhereAsync(CancellationToken cancellationToken);

    Task<int> ActivationNumberAsync();

    Task<int> MeasureAsync(UnlistedPayload payload);
}
