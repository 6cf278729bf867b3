using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Voice.Gateway.Sip;
using Voice.Gateway.Sip.Calls;
using Voice.Grains;
using Voice.Grains.Calls;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy.Yaml;
using Voice.Runtime.Events;
using Voice.Runtime.Hosting;
using Voice.Sip.Transport;

namespace Voice.Gateway.Tests.Support;

/// <summary>
/// A node in-process: grain runtime (in-memory providers) + Voice grains + the demo tenant from deploy/demo-tenant.yaml
/// + the SIP gateway listening on 127.0.0.1 UDP and TCP ephemeral ports.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly SipGatewayService _gateway;

    private GatewayHost(ServiceProvider provider)
    {
        _provider = provider;
        _gateway = provider.GetRequiredService<SipGatewayService>();
        Runtime = provider.GetRequiredService<GrainRuntime>();
    }

    public GrainRuntime Runtime { get; }

    public IEventLog Events => _provider.GetRequiredService<IEventLog>();

    public SipEndPoint Udp => _gateway.GetLocalEndPoint(SipTransportProtocol.Udp) ?? throw new InvalidOperationException("no UDP listener");

    public SipEndPoint Tcp => _gateway.GetLocalEndPoint(SipTransportProtocol.Tcp) ?? throw new InvalidOperationException("no TCP listener");

    public static async Task<GatewayHost> StartAsync(Action<SipGatewayOptions>? configure = null, TimeSpan? noAnswerTimeout = null)
    {
        var services = new ServiceCollection();
        services.AddGrainRuntime();
        services.AddVoiceGrains();
        services.Configure<CallThreadOptions>(calls => calls.NoAnswerTimeout = noAnswerTimeout ?? calls.NoAnswerTimeout);
        services.AddSipGateway(options =>
        {
            options.UdpListenEndPoints.Clear();
            options.UdpListenEndPoints.Add(new IPEndPoint(IPAddress.Loopback, 0));
            options.TcpListenEndPoints.Clear();
            options.TcpListenEndPoints.Add(new IPEndPoint(IPAddress.Loopback, 0));
            configure?.Invoke(options);
        });
        var host = new GatewayHost(services.BuildServiceProvider());
        var demo = TenantConfigLoader.LoadFile(
            Path.Combine(AppContext.BaseDirectory, "demo-tenant.yaml"),
            new TenantLoadOptions { PasswordIterations = PasswordHasher.MinimumIterations });
        var applied = await host.Runtime.GetGrain<ITenantGrain>(demo.TenantId!).ApplyAsync(demo);
        if (!applied.Applied)
        {
            throw new InvalidOperationException("demo tenant rejected: " + string.Join("; ", applied.Errors));
        }

        await host._gateway.StartAsync(CancellationToken.None);
        return host;
    }

    public IDeviceGrain Device(string key) => Runtime.GetGrain<IDeviceGrain>(key);

    /// <summary>The DN service events stored on <c>voice-agentstate</c> for <paramref name="key"/>, in order.</summary>
    public async Task<IReadOnlyList<DnServiceEvent>> ServiceEventsAsync(string key)
    {
        var entries = await Events.ReadAsync(DnServiceEvent.Stream, 0, 1000);
        return [.. entries.Where(e => e.Key == key).Select(e => JsonSerializer.Deserialize(e.Payload, GrainsContractsJsonContext.Default.DnServiceEvent)!)];
    }

    /// <summary>The call events stored on <c>voice-callthread</c>, grouped by call thread, each call's in order.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<CallEvent>>> CallEventsAsync()
    {
        var entries = await Events.ReadAsync(CallEvent.Stream, 0, 10_000);
        return [.. entries.GroupBy(e => e.Key).Select(g => (IReadOnlyList<CallEvent>)[.. g.Select(e => JsonSerializer.Deserialize(e.Payload, GrainsContractsJsonContext.Default.CallEvent)!)])];
    }

    /// <summary>The pending INVITE / re-INVITE transactions the gateway holds for calls (none once calls are settled).</summary>
    public void StopAcceptingCalls() => _provider.GetRequiredService<SipGateway>().StopAcceptingCalls();

    public int PendingTransactions => _provider.GetRequiredService<PendingServerTransactions>().Count;

    public async ValueTask DisposeAsync()
    {
        await _gateway.StopAsync(CancellationToken.None);
        await _gateway.DisposeAsync();
        await Runtime.StopAsync();
        await _provider.DisposeAsync();
    }
}
