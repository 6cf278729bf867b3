namespace Voice.Runtime.Tests.Grains;

[GrainType("counter")]
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> AddAsync(int amount);

    /// <summary>Adds and appends one event per unit to stream "counts", atomically with the state.</summary>
    Task<int> AddWithEventsAsync(int amount);

    Task<int> GetAsync();

    Task<string> WhereAsync();

    Task DeactivateAsync();
}
