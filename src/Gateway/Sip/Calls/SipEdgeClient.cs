using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Calls;
using Voice.Runtime.Remoting;

namespace Voice.Gateway.Sip.Calls;

/// <summary>
/// Hands SIP actions to another node's gateway: POST <c>/sip/actions</c> on that node's internal HTTP/2 listener
/// (the one grain calls use), found through the cluster's <see cref="INodeAddressBook"/>.
/// </summary>
public sealed class SipEdgeClient(INodeAddressBook addresses, ILogger<SipEdgeClient>? logger = null) : IDisposable
{
    public const string Path = "sip/actions";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2), EnableMultipleHttp2Connections = true })
    {
        Timeout = Timeout,
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    /// <summary>False when the node is unknown or did not take the actions (down, unreachable, refused).</summary>
    public async Task<bool> TrySendAsync(string nodeId, List<SipAction> actions)
    {
        if (!addresses.TryGetAddress(nodeId, out var baseAddress))
        {
            return false;
        }

        try
        {
            using var response = await _http.PostAsJsonAsync(new Uri(baseAddress, Path), actions, GrainsContractsJsonContext.Default.ListSipAction).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Log.EdgeFailed(_logger, nodeId, ex);
            return false;
        }
    }

    public void Dispose() => _http.Dispose();
}
