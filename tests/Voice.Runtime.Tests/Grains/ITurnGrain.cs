namespace Voice.Runtime.Tests.Grains;

[GrainType("turn")]
public interface ITurnGrain : IGrainWithStringKey
{
    /// <summary>Enters, yields to the scheduler a few times, exits; the probe records the overlap.</summary>
    Task<int> WorkAsync(int id);

    /// <summary>Holds the turn until the probe gate <paramref name="gate"/> opens.</summary>
    Task HoldAsync(string gate);

    Task<string> NameAsync();

    /// <summary>Calls <paramref name="partnerKey"/>, which calls back into this grain (A→B→A).</summary>
    Task<string> CallPartnerAsync(string partnerKey);

    Task<string> CallBackAsync(string originKey);

    Task ThrowAsync(string message);

    Task<int> ThrowSynchronously(string message);
}
