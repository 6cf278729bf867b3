using Voice.Runtime.Hosting;

namespace Voice.Runtime.Http.Tests.Grains;

public sealed class RemoteProbeGrain(GrainRuntime runtime, RemoteProbe probe) : Grain, IRemoteProbeGrain
{
    public Task<string> WhereAsync() => Task.FromResult(runtime.NodeId);

    public Task<Shipment> PackAsync(Shipment shipment, int extraItems)
    {
        var items = shipment.Items.Concat(Enumerable.Range(1, extraItems).Select(i => "extra-" + i)).ToArray();
        return Task.FromResult(shipment with { Items = items, Weight = shipment.Weight * 2 });
    }

    public Task FailAsync(string message) => throw new InvalidOperationException(message);

    public async Task<string> PingPongAsync(string partnerKey)
    {
        var answer = await GrainFactory.GetGrain<IRemoteProbeGrain>(partnerKey).BounceAsync(Key);
        return runtime.NodeId + ">" + answer;
    }

    public async Task<string> BounceAsync(string originKey)
        => runtime.NodeId + ">" + await GrainFactory.GetGrain<IRemoteProbeGrain>(originKey).WhereAsync();

    public Task HangAsync() => probe.Gate.Task;
}
