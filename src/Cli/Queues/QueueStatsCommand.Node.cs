using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Voice.Grains.Contracts.Routing;

namespace Voice.Cli.Queues;

internal static partial class QueueStatsCommand
{
    /// <summary>
    /// Node: <c>POST /api/v1/auth/token</c> as the user, then <c>GET /api/v1/tenants/{t}/queues/{id}/stats</c> (or
    /// <c>…/queues/stats</c>). A refusal's problem detail is printed as it came.
    /// </summary>
    private static async Task<int> StatsThroughNodeAsync(QueueStatsRequest request, string node, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(node, UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"voicectl: --node: '{node}' is not an http:// or https:// URL").ConfigureAwait(false);
            return Invalid;
        }

        var tenant = Uri.EscapeDataString(request.Tenant);
        var path = request.Queue is null ? $"/api/v1/tenants/{tenant}/queues/stats" : $"/api/v1/tenants/{tenant}/queues/{Uri.EscapeDataString(request.Queue)}/stats";
        try
        {
            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            var token = await TokenAsync(http, request, error, cancellationToken).ConfigureAwait(false);
            if (token is null)
            {
                return Invalid;
            }

            using var message = new HttpRequestMessage(HttpMethod.Get, path);
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await error.WriteLineAsync($"voicectl: {path}: {(int)response.StatusCode} {Detail(body)}").ConfigureAwait(false);
                return (int)response.StatusCode >= 500 ? Failed : Invalid;
            }

            using var document = JsonDocument.Parse(body);
            var stats = request.Queue is null
                ? [.. document.RootElement.GetProperty("queues").EnumerateArray().Select(ReadStats)]
                : new List<QueueStats> { ReadStats(document.RootElement) };
            await QueueStatsTable.WriteAsync(output, stats).ConfigureAwait(false);
            return Ok;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            await error.WriteLineAsync($"voicectl: cannot read queue statistics from {node}: {e.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    private static async Task<string?> TokenAsync(HttpClient http, QueueStatsRequest request, TextWriter error, CancellationToken cancellationToken)
    {
        var credentials = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["tenant"] = request.Tenant,
            ["username"] = request.User!,
            ["password"] = request.Password!,
        });
        using var content = new StringContent(credentials, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/v1/auth/token", content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            await error.WriteLineAsync($"voicectl: login as '{request.User}' refused: {(int)response.StatusCode} {Detail(body)}").ConfigureAwait(false);
            return null;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("access_token").GetString();
    }

    private static QueueStats ReadStats(JsonElement e) => new(
        e.GetProperty("queueId").GetString() ?? string.Empty,
        e.GetProperty("callsWaiting").GetInt32(),
        e.GetProperty("oldestWaitSeconds").GetDouble(),
        e.GetProperty("callsRinging").GetInt32(),
        e.GetProperty("agentsReady").GetInt32(),
        e.GetProperty("agentsNotReady").GetInt32(),
        e.GetProperty("agentsBusy").GetInt32(),
        e.GetProperty("agentsLoggedIn").GetInt32());

    /// <summary>The problem's detail when the body is problem details, else the body itself.</summary>
    private static string Detail(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body.Trim();
        }
    }
}
