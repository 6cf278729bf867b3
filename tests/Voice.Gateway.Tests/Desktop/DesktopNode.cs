using Voice.Gateway.Media;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Voice.Gateway.Rest;
using Voice.Gateway.Sip;
using Voice.Gateway.Tests.Rest;
using Voice.Gateway.Tests.Support;
using Voice.Grains;
using Voice.Grains.Agents;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy.Yaml;
using Voice.Runtime;
using Voice.Runtime.Hosting;
using Voice.Sip.Transport;

namespace Voice.Gateway.Tests.Desktop;

/// <summary>
/// A whole node in-process, as the silo composes it: grain runtime (in-memory providers), Voice grains, the demo
/// tenant (deploy/demo-tenant.yaml), the SIP gateway on 127.0.0.1 UDP and the REST gateway on a real Kestrel
/// listener on 127.0.0.1, so desktops (HTTP) and phones (SIPp) meet on the same calls.
/// </summary>
public sealed class DesktopNode : IAsyncDisposable
{
    public const string Tenant = "demo";

    private readonly WebApplication _app;

    private DesktopNode(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The REST listener, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; }

    public SipEndPoint Udp =>
        _app.Services.GetRequiredService<SipGatewayService>().GetLocalEndPoint(SipTransportProtocol.Udp) ?? throw new InvalidOperationException("no UDP listener");

    /// <summary>
    /// Starts the node with <paramref name="afterCallWork"/> as the agents' wrap-up time (short, so a test sees it end);
    /// <paramref name="tenant"/>, when given, varies the demo tenant before it is applied (a strategy, a ring timeout …).
    /// </summary>
    public static async Task<DesktopNode> StartAsync(TimeSpan afterCallWork, Func<TenantConfig, TenantConfig>? tenant = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddGrainRuntime();
        builder.Services.AddVoiceGrains();
        builder.Services.Configure<AgentOptions>(agents => agents.AfterCallWork = afterCallWork);
        builder.Services.AddRestGateway(rest =>
        {
            rest.PasswordIterations = PasswordHasher.MinimumIterations;
            rest.EventKeepAlive = TimeSpan.FromSeconds(1);
        });
        // The node's conference mixer on loopback: conference members' phones get its SDP answers.
        builder.Services.AddConferenceMixer(media =>
        {
            media.BindAddress = IPAddress.Loopback;
            media.AdvertisedAddress = "127.0.0.1";
            (media.PortRangeStart, media.PortRangeEnd) = (43000, 43999);
        });
        builder.Services.AddSipGateway(sip =>
        {
            sip.UdpListenEndPoints.Clear();
            sip.UdpListenEndPoints.Add(new IPEndPoint(IPAddress.Loopback, 0));
            sip.TcpListenEndPoints.Clear();
            sip.TcpListenEndPoints.Add(new IPEndPoint(IPAddress.Loopback, 0));
            Sipp.OfferMd5Only(sip);
        });
        var app = builder.Build();
        app.UseRestGateway();
        app.MapRestGateway();
        await app.StartAsync();
        try
        {
            await ApplyDemoTenantAsync(app.Services.GetRequiredService<IGrainFactory>(), tenant ?? (demo => demo));
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new DesktopNode(app, new Uri(address));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>A bearer token of the demo tenant's <paramref name="username"/>, or a failed assertion with the answer.</summary>
    public async Task<string> TokenAsync(string username, string password)
    {
        using var client = Client(null);
        using var response = await client.PostAsync("/api/v1/auth/token", RestJson.Body(new { tenant = Tenant, username, password }));
        var token = await RestJson.JsonAsync(response, HttpStatusCode.OK);
        return token.GetProperty("access_token").GetString()!;
    }

    /// <summary>
    /// An HTTP client for the node's REST API sending <paramref name="token"/> (none when null); <paramref name="timeout"/>
    /// bounds each request (event streams pass an infinite one: their reads are bounded by the reader).
    /// </summary>
    public HttpClient Client(string? token, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task ApplyDemoTenantAsync(IGrainFactory grains, Func<TenantConfig, TenantConfig> vary)
    {
        var demo = vary(TenantConfigLoader.LoadFile(
            Path.Combine(AppContext.BaseDirectory, "demo-tenant.yaml"),
            new TenantLoadOptions { PasswordIterations = PasswordHasher.MinimumIterations }));
        var applied = await grains.GetGrain<ITenantGrain>(demo.TenantId!).ApplyAsync(demo);
        if (!applied.Applied)
        {
            throw new InvalidOperationException("demo tenant rejected: " + string.Join("; ", applied.Errors));
        }
    }
}
