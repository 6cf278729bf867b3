using Microsoft.Extensions.DependencyInjection;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;
using Voice.Runtime.Events;
using Voice.Runtime.Hosting;
using Voice.Runtime.Placement;
using Voice.Runtime.Storage;
using Voice.Testing;

namespace Voice.Grains.Tests.Support;

/// <summary>
/// The real grain runtime in-process with in-memory providers and the Voice grains registered. Hosts built with
/// the same <see cref="IGrainStorage"/> see each other's state, like nodes restarted on one store.
/// </summary>
public sealed class GrainsHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    /// <param name="sharedStorage">A store shared with other hosts.</param>
    /// <param name="configure">Extra registrations (options) applied after the grains'.</param>
    public GrainsHost(IGrainStorage? sharedStorage = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        if (sharedStorage is not null)
        {
            services.AddSingleton(sharedStorage);
        }

        services.AddSingleton<ISipSignalling>(Signalling);
        services.AddVoiceGrains();
        configure?.Invoke(services);
        services.AddGrainRuntime();
        _provider = services.BuildServiceProvider();
        Runtime = _provider.GetRequiredService<GrainRuntime>();
    }

    public ManualTimeProvider Time { get; } = new();

    /// <summary>What call threads asked the SIP gateway to do.</summary>
    public RecordingSignalling Signalling { get; } = new();

    public GrainRuntime Runtime { get; }

    public IGrainStorage Storage => _provider.GetRequiredService<IGrainStorage>();

    public IEventLog Events => _provider.GetRequiredService<IEventLog>();

    public ICallThreadGrain Call(string key) => Runtime.GetGrain<ICallThreadGrain>(key);

    public IDeviceGrain Device(string key) => Runtime.GetGrain<IDeviceGrain>(key);

    public ITenantGrain Tenant(string id) => Runtime.GetGrain<ITenantGrain>(id);

    public ITenantDirectoryGrain Directory => TenantDirectory.Get(Runtime);

    /// <summary>Deactivates the grain's activation (its slot "moves"), so the next call activates it afresh.</summary>
    public Task DeactivateAsync(string grainType, string key) =>
        Runtime.DeactivateSlotAsync(SlotHasher.GetSlot(new GrainId(grainType, key)));

    public async ValueTask DisposeAsync()
    {
        await Runtime.StopAsync();
        await _provider.DisposeAsync();
    }
}
