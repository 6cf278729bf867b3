namespace Voice.Runtime.Http.Tests.Grains;

[GrainType("remote-probe")]
public interface IRemoteProbeGrain : IGrainWithStringKey
{
    /// <summary>Id of the node hosting the activation.</summary>
    Task<string> WhereAsync();

    Task<Shipment> PackAsync(Shipment shipment, int extraItems);

    Task FailAsync(string message);

    /// <summary>Calls <paramref name="partnerKey"/>, which calls back into this grain (A→B→A) while this turn is held.</summary>
    Task<string> PingPongAsync(string partnerKey);

    Task<string> BounceAsync(string originKey);

    /// <summary>Holds the turn until the shared probe's gate opens.</summary>
    Task HangAsync();
}
