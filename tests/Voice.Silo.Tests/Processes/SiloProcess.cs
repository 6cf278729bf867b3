using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Voice.Silo.Hosting;
using Voice.Testing;

namespace Voice.Silo.Tests.Processes;

/// <summary>One node host process on loopback with an ephemeral HTTP port, and an HTTP client pointed at it.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private SiloProcess(ChildProcess process, string nodeId, int httpPort, int sipPort)
    {
        Process = process;
        NodeId = nodeId;
        HttpPort = httpPort;
        SipPort = sipPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public ChildProcess Process { get; }

    public string NodeId { get; }

    public int HttpPort { get; }

    /// <summary>The node's SIP port (UDP and TCP on 127.0.0.1).</summary>
    public int SipPort { get; }

    public HttpClient Http { get; }

    public string BaseAddress => Http.BaseAddress!.ToString().TrimEnd('/');

    public static async Task<SiloProcess> StartAsync(string nodeId, string tenantFile, string? redis = null, params string[] extraArgs)
    {
        var httpPort = FreePort.Tcp();
        var sipPort = FreePort.Tcp();
        var args = new List<string>
        {
            Binaries.Silo, "--node-id", nodeId, "--http-port", httpPort.ToString(CultureInfo.InvariantCulture),
            "--sip-port", sipPort.ToString(CultureInfo.InvariantCulture),
            "--listen-address", "127.0.0.1", "--tenant-file", tenantFile,
        };
        if (redis is not null)
        {
            args.AddRange(["--redis", redis, "--internal-port", FreePort.Tcp().ToString(CultureInfo.InvariantCulture)]);
        }

        args.AddRange(extraArgs);
        var process = await ChildProcess.StartAsync("dotnet", args, $"{SiloProgram.ReadyLine} {nodeId} ", TimeSpan.FromSeconds(90));
        return new SiloProcess(process, nodeId, httpPort, sipPort);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} -> {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Polls <paramref name="path"/> (bounded) until <paramref name="condition"/> holds; returns the last answer.</summary>
    public async Task<JsonElement> WaitForJsonAsync(string path, Func<JsonElement, bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var json = await GetJsonAsync(path);
            if (condition(json) || DateTime.UtcNow > deadline)
            {
                return json;
            }

            // Another process's HTTP endpoint offers no signal to wait on: ask again, bounded by the limit.
            await Task.Delay(PollInterval);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Process.DisposeAsync();
    }
}
