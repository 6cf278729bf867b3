using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Voice.Runtime.Redis.Tests.Support;

/// <summary>
/// Runs the registered hosted services the way the generic host does (Starting → Start → Started in registration
/// order; Stopping → Stop in reverse → Stopped), without the Microsoft.Extensions.Hosting package.
/// </summary>
public sealed class LifecycleHost(ServiceProvider services) : IAsyncDisposable
{
    private readonly IHostedService[] _hosted = [.. services.GetServices<IHostedService>()];

    public IServiceProvider Services => services;

    public async Task StartAsync()
    {
        foreach (var lifecycle in _hosted.OfType<IHostedLifecycleService>())
        {
            await lifecycle.StartingAsync(CancellationToken.None);
        }

        foreach (var hosted in _hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        foreach (var lifecycle in _hosted.OfType<IHostedLifecycleService>())
        {
            await lifecycle.StartedAsync(CancellationToken.None);
        }
    }

    public async Task StopAsync()
    {
        var reversed = _hosted.Reverse().ToArray();
        foreach (var lifecycle in reversed.OfType<IHostedLifecycleService>())
        {
            await lifecycle.StoppingAsync(CancellationToken.None);
        }

        foreach (var hosted in reversed)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        foreach (var lifecycle in reversed.OfType<IHostedLifecycleService>())
        {
            await lifecycle.StoppedAsync(CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
