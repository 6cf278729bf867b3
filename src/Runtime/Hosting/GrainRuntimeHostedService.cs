using Microsoft.Extensions.Hosting;

namespace Voice.Runtime.Hosting;

/// <summary>Deactivates all grains (running OnDeactivateAsync) when the host stops.</summary>
internal sealed class GrainRuntimeHostedService(GrainRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync().WaitAsync(cancellationToken);
}
