namespace Voice.Silo.Tests.Endpoints;

/// <summary>Opens a node's <c>/events</c> stream with any HTTP client (in-process host or node process).</summary>
internal static class EventStreamClient
{
    /// <summary>Returns once the response headers are in: the stream's start position is fixed by then.</summary>
    public static async Task<(HttpResponseMessage Response, SseFrameReader Reader)> OpenAsync(HttpClient http, string query, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events" + query);
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            // Only a refusal has a body that ends: the event stream itself never does.
            Assert.Fail($"GET /events{query} -> {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (response, new SseFrameReader(await response.Content.ReadAsStreamAsync()));
    }
}
