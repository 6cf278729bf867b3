using Voice.Runtime.Hosting;

namespace Voice.Runtime.Tests.Grains;

public sealed class EchoGrain(GrainProbe probe, GrainRuntime runtime) : Grain, IEchoGrain
{
    private static int _activations;
    private int _activationNumber;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activationNumber = Interlocked.Increment(ref _activations);
        probe.Log.Enqueue("activate " + Key);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Log.Enqueue($"deactivate {Key} {reason}");
        probe.Signal($"deactivated {Key} {reason}");
        return Task.CompletedTask;
    }

    public Task<int> EchoAsync(int value) => Task.FromResult(value);

    public ValueTask<string> ShoutAsync(string text) => ValueTask.FromResult(text.ToUpperInvariant());

    public ValueTask TouchAsync() => ValueTask.CompletedTask;

    public Task<string> WhereAsync(CancellationToken cancellationToken) => Task.FromResult(runtime.NodeId);

    public Task<int> ActivationNumberAsync() => Task.FromResult(_activationNumber);

    public Task<int> MeasureAsync(UnlistedPayload payload) => Task.FromResult(payload.Text.Length);
}
