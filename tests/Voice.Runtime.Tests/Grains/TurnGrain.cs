namespace Voice.Runtime.Tests.Grains;

public sealed class TurnGrain(GrainProbe probe) : Grain, ITurnGrain
{
    private int _work;

    public async Task<int> WorkAsync(int id)
    {
        probe.Enter();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                await Task.Yield();
            }

            return ++_work;
        }
        finally
        {
            probe.Exit();
        }
    }

    public async Task HoldAsync(string gate)
    {
        probe.Signal("holding " + gate);
        await probe.Gate(gate).Task;
    }

    public Task<string> NameAsync() => Task.FromResult("turn:" + Key);

    public async Task<string> CallPartnerAsync(string partnerKey)
    {
        await Task.Yield();
        return await GrainFactory.GetGrain<ITurnGrain>(partnerKey).CallBackAsync(Key);
    }

    public async Task<string> CallBackAsync(string originKey)
    {
        await Task.Yield();
        return "via " + Key + " -> " + await GrainFactory.GetGrain<ITurnGrain>(originKey).NameAsync();
    }

    public async Task ThrowAsync(string message)
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    public Task<int> ThrowSynchronously(string message) => throw new ArgumentException(message);
}
