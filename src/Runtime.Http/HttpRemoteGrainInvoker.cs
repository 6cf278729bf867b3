using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Runtime.Hosting;
using Voice.Runtime.Http.Streams;
using Voice.Runtime.Invocation;
using Voice.Runtime.Placement;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http;

/// <summary>
/// Sends grain calls to their owning node over HTTP/2 cleartext with prior knowledge (h2c): a few connections per
/// node (one pooled <see cref="SocketsHttpHandler"/> each), each carrying one long-lived call stream that
/// multiplexes many calls, so a call costs a frame, not an HTTP request. A 421 answer or a refused
/// connection re-reads the slot table and retries, within <see cref="HttpRemotingOptions.MaxAttempts"/> and the
/// call's deadline.
/// </summary>
public sealed partial class HttpRemoteGrainInvoker : IRemoteGrainInvoker, IDisposable
{
    private readonly HttpClient[] _clients;
    private readonly ISlotTable _slotTable;
    private readonly INodeAddressBook _addressBook;
    private readonly HttpRemotingOptions _options;
    private readonly TimeSpan _callTimeout;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<Uri, Uri> _endpoints = new();
    private readonly ConcurrentDictionary<Uri, CallStream?[]> _streams = new();
    private int _misdirectedCount;
    private int _unreachableCount;
    private uint _nextClient;
    private long _nextCallId;

    public HttpRemoteGrainInvoker(
        ISlotTable slotTable,
        INodeAddressBook addressBook,
        IOptions<HttpRemotingOptions> options,
        IOptions<GrainRuntimeOptions> runtimeOptions,
        TimeProvider timeProvider,
        ILoggerFactory? loggerFactory = null)
    {
        _slotTable = slotTable;
        _addressBook = addressBook;
        _options = options.Value;
        _callTimeout = _options.CallTimeout ?? runtimeOptions.Value.CallTimeout;
        _timeProvider = timeProvider;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<HttpRemoteGrainInvoker>();
        _clients = [.. Enumerable.Range(0, Math.Max(1, _options.ConnectionsPerNode)).Select(_ => CreateClient(_options))];
    }

    /// <summary>421 answers received (the caller's view of the slot table was stale).</summary>
    public int MisdirectedCount => Volatile.Read(ref _misdirectedCount);

    /// <summary>Attempts that found the target node unreachable.</summary>
    public int UnreachableCount => Volatile.Read(ref _unreachableCount);

    public async Task<RemoteGrainResponse> InvokeAsync(RemoteGrainRequest request, CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(_callTimeout, _timeProvider);
        using var link = cancellationToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), deadline);
        var started = _timeProvider.GetTimestamp();
        try
        {
            return await DeliverAsync(request, started, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new GrainCallTimeoutException(request.GrainId, MethodName(request), _callTimeout);
        }
    }

    public void Dispose()
    {
        foreach (var stream in _streams.Values.SelectMany(s => s))
        {
            stream?.Dispose();
        }

        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }

    /// <summary>
    /// Spreads calls over a few handlers, each with its own HTTP/2 connection per node: one connection is
    /// served by one reader loop on each side, so several keep both cores busy.
    /// </summary>
    private CallStream StreamTo(Uri endpoint)
    {
        var streams = _streams.GetOrAdd(endpoint, static (_, count) => new CallStream?[count], _clients.Length);
        var index = (int)(Interlocked.Increment(ref _nextClient) % (uint)streams.Length);
        var stream = Volatile.Read(ref streams[index]);
        if (stream is { IsBroken: false })
        {
            return stream;
        }

        lock (streams)
        {
            stream = streams[index];
            if (stream is null || stream.IsBroken)
            {
                stream = new CallStream(_clients[index], endpoint);
                Volatile.Write(ref streams[index], stream);
            }

            return stream;
        }
    }

    private static HttpClient CreateClient(HttpRemotingOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            // More than one connection per node once a connection's stream limit is reached.
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        return new HttpClient(handler)
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    private static string MethodName(RemoteGrainRequest request)
        => GrainInterfaceRegistry.TryGetByName(request.InterfaceName, out var descriptor)
            ? descriptor.Invoker.GetMethodName(request.MethodId)
            : "#" + request.MethodId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
