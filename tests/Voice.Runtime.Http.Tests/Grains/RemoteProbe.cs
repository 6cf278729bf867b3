namespace Voice.Runtime.Http.Tests.Grains;

/// <summary>Shared by every node of a test: the gate that releases <see cref="IRemoteProbeGrain.HangAsync"/>.</summary>
public sealed class RemoteProbe
{
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
