using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Runtime.Invocation;
using Voice.Runtime.Placement;
using Voice.Runtime.Reminders;
using Voice.Runtime.Remoting;
using Voice.Runtime.Storage;

namespace Voice.Runtime.Hosting;

/// <summary>
/// One runtime node: the activation directory of the grains whose slots this node owns, routing of calls (local
/// queue or <see cref="IRemoteGrainInvoker"/>), idle collection and reminder delivery.
/// </summary>
public sealed partial class GrainRuntime : IGrainFactory, IReminderSink, IAsyncDisposable
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private readonly Lock _activationGate = new();
    private readonly Dictionary<string, GrainClassInfo> _grainClasses = new(StringComparer.Ordinal);
    private readonly IPlacementDirector _placement;
    private readonly IRemoteGrainInvoker? _remoteInvoker;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ITimer _collectionTimer;
    private readonly IDisposable _reminderAttachment;
    private readonly int _collectionAgeInQuanta;
    private int _collectionTick;

    public GrainRuntime(
        IServiceProvider services,
        IOptions<GrainRuntimeOptions> options,
        IGrainStorage storage,
        IReminderService reminders,
        IPlacementDirector placement,
        TimeProvider timeProvider,
        IEnumerable<GrainClassRegistration> grainClasses,
        ILoggerFactory? loggerFactory = null,
        IRemoteGrainInvoker? remoteInvoker = null)
    {
        Services = services;
        Options = options.Value;
        Storage = storage;
        Reminders = reminders;
        TimeProvider = timeProvider;
        _placement = placement;
        _remoteInvoker = remoteInvoker;
        Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<GrainRuntime>();
        JsonOptions = CreateJsonOptions(Options);
        foreach (var registration in grainClasses)
        {
            var descriptor = GrainInterfaceRegistry.Get(registration.InterfaceType);
            _grainClasses[descriptor.GrainType] = new GrainClassInfo(
                registration.GrainClass,
                ActivatorUtilities.CreateFactory(registration.GrainClass, Type.EmptyTypes));
        }

        _collectionAgeInQuanta = (int)Math.Ceiling(Options.IdleCollectionAge / Options.CollectionQuantum);
        _collectionTimer = timeProvider.CreateTimer(static s => ((GrainRuntime)s!).CollectIdle(), this, Options.CollectionQuantum, Options.CollectionQuantum);
        // A client-only node never activates grains, so it must not take reminder deliveries either.
        _reminderAttachment = Options.ClientOnly ? NoReminderAttachment.Instance : reminders.AttachSink(this);
    }

    public string NodeId => Options.NodeId;

    public GrainRuntimeOptions Options { get; }

    public IGrainStorage Storage { get; }

    public IReminderService Reminders { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Serializer options for state, arguments and results (registered contexts first).</summary>
    public JsonSerializerOptions JsonOptions { get; }

    /// <summary>Number of activations currently in the directory.</summary>
    public int ActivationCount => _activations.Count;

    internal IServiceProvider Services { get; }

    internal ILogger Logger { get; }

    internal CancellationToken StoppingToken => _stopping.Token;

    internal int CollectionTick => Volatile.Read(ref _collectionTick);

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        var descriptor = GrainInterfaceRegistry.Get(typeof(TGrainInterface));
        return (TGrainInterface)(object)descriptor.CreateProxy(this, new GrainId(descriptor.GrainType, key));
    }

    /// <summary>Whether a (not yet finished) activation of the grain lives on this node.</summary>
    public bool IsActivatedHere(GrainId grainId) => _activations.TryGetValue(grainId, out var a) && !a.IsFinished;

    Task IReminderSink.DeliverReminderAsync(GrainId grainId, string name, ReminderTick tick)
        => new RemindableProxy(this, grainId, RemindableInvoker.Descriptor).ReceiveReminderAsync(name, tick);

    private static JsonSerializerOptions CreateJsonOptions(GrainRuntimeOptions options)
    {
        IJsonTypeInfoResolver resolver = options.JsonTypeInfoResolvers.Count == 0
            ? JsonTypeInfoResolver.Combine(RuntimeJsonContext.Default, new DefaultJsonTypeInfoResolver())
            : JsonTypeInfoResolver.Combine([.. options.JsonTypeInfoResolvers, RuntimeJsonContext.Default]);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = resolver };
        json.MakeReadOnly();
        return json;
    }
}
