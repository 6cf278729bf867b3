namespace Voice.Runtime.Redis.Tests.Grains;

[GrainType("ledger")]
public interface ILedgerGrain : IGrainWithStringKey
{
    /// <summary>Adds, writes the state and appends one event (stream "ledger", payload = amount) atomically.</summary>
    Task<int> AddAsync(int amount);

    /// <summary>Adds to an unwritten in-memory amount that OnDeactivateAsync flushes.</summary>
    Task NoteAsync(int amount);

    Task<int> GetAsync();

    Task<string> WhereAsync();

    Task RemindAsync(string name, TimeSpan dueTime, TimeSpan period);
}
