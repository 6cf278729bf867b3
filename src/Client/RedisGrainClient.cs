using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Voice.Redis.Commands;
using Voice.Redis.Connection;
using Voice.Runtime;
using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Observation;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Remoting;

namespace Voice.Client;

/// <summary>
/// A grain client that finds the cluster through Redis: a read-only <see cref="RedisClusterView"/> (members and slot
/// owners, never a member itself) tells it which node owns a grain and where that node listens; calls then go
/// straight to the owner over HTTP/2. For tools such as <c>voicectl</c> and for a standalone gateway.
/// </summary>
public sealed class RedisGrainClient : IGrainFactory, IAsyncDisposable
{
    private readonly RedisClient _redis;
    private readonly RedisClusterView _view;
    private readonly ServiceProvider _services;
    private readonly IGrainFactory _grains;

    private RedisGrainClient(RedisClient redis, RedisClusterView view, ServiceProvider services)
    {
        _redis = redis;
        _view = view;
        _services = services;
        _grains = services.GetRequiredService<IGrainFactory>();
    }

    /// <summary>What this client currently believes about the cluster (for inspection and tests).</summary>
    public ClusterViewSnapshot View => _view.Current;

    public static async Task<RedisGrainClient> ConnectAsync(
        string redisEndPoint,
        Action<GrainClientOptions>? configure = null,
        RedisClusterOptions? cluster = null,
        ILoggerFactory? loggerFactory = null,
        CancellationToken cancellationToken = default)
    {
        var redis = await RedisClient.ConnectAsync(new RedisClientOptions { EndPoint = redisEndPoint }, loggerFactory, cancellationToken: cancellationToken).ConfigureAwait(false);
        var view = new RedisClusterView(redis, cluster ?? new RedisClusterOptions(), logger: loggerFactory?.CreateLogger<RedisClusterView>());
        try
        {
            await view.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await view.DisposeAsync().ConfigureAwait(false);
            await redis.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var services = new ServiceCollection();
        if (loggerFactory is not null)
        {
            services.AddSingleton(loggerFactory);
        }

        services.AddGrainClient(configure);
        services.AddSingleton<ISlotTable>(view);
        services.AddSingleton<INodeAddressBook>(view);
        return new RedisGrainClient(redis, view, services.BuildServiceProvider());
    }

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
        => _grains.GetGrain<TGrainInterface>(key);

    public Task<ClusterViewSnapshot> RefreshViewAsync(CancellationToken cancellationToken = default) => _view.RefreshAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        await _view.DisposeAsync().ConfigureAwait(false);
        await _redis.DisposeAsync().ConfigureAwait(false);
    }
}
