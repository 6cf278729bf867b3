using System.Net;
using System.Net.Http.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Media;
using Voice.Runtime.Remoting;

namespace Voice.Gateway.Media;

/// <summary>Reaches the conference mixer of another node: POST <c>/media/…</c> on its internal HTTP/2 listener.</summary>
public sealed class MediaEdgeClient(INodeAddressBook addresses) : IDisposable
{
    public const string JoinPath = "media/join";
    public const string LeavePath = "media/leave";
    public const string ClosePath = "media/close";

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2), EnableMultipleHttp2Connections = true })
    {
        Timeout = TimeSpan.FromSeconds(5),
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    public async Task<MixerJoinResult> JoinAsync(string nodeId, MixerRequest request)
    {
        if (!addresses.TryGetAddress(nodeId, out var baseAddress))
        {
            return MixerJoinResult.Refused($"node {nodeId} is not in the cluster");
        }

        using var response = await _http.PostAsJsonAsync(new Uri(baseAddress, JoinPath), request, GrainsContractsJsonContext.Default.MixerRequest).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(GrainsContractsJsonContext.Default.MixerJoinResult).ConfigureAwait(false)
            ?? MixerJoinResult.Refused($"node {nodeId} sent no answer");
    }

    public async Task SendAsync(string nodeId, string path, MixerRequest request)
    {
        if (!addresses.TryGetAddress(nodeId, out var baseAddress))
        {
            return; // the node is gone, and its rooms with it
        }

        using var response = await _http.PostAsJsonAsync(new Uri(baseAddress, path), request, GrainsContractsJsonContext.Default.MixerRequest).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _http.Dispose();
}
