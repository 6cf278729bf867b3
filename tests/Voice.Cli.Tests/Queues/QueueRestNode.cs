using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Voice.Gateway.Rest;
using Voice.Grains;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy.Yaml;
using Voice.Runtime;
using Voice.Runtime.Hosting;
using Voice.Testing;

namespace Voice.Cli.Tests.Queues;

/// <summary>
/// The grain runtime, the Voice grains and the REST gateway on in-process Kestrel (free loopback port), with tenant
/// <c>acme</c>: queues sales (8001) and support (8002), agents a1/a2, admin root, supervisor sue, and agent alice.
/// </summary>
internal sealed class QueueRestNode : IAsyncDisposable
{
    public const string SupervisorPassword = "sue-pw";
    public const string AgentPassword = "alice-pw";

    private const string Yaml = """
        tenantId: acme
        sipDomain: acme.test
        dns:
          - { number: "2001", type: extension, password: ext-2001 }
          - { number: "2002", type: extension, password: ext-2002 }
          - { number: "8001", type: virtual-queue, queueId: sales }
          - { number: "8002", type: virtual-queue, queueId: support }
        agents:
          - { agentId: a1, loginId: alice, password: alice-pw, defaultDn: "2001", skills: { sales: 5 } }
          - { agentId: a2, loginId: bob, password: bob-pw, defaultDn: "2002", skills: { support: 3 } }
        dialPlan:
          - { pattern: 2XXX, scope: internal }
        admins:
          - { name: root, password: root-pw, role: admin }
          - { name: sue, password: sue-pw, role: supervisor }
        """;

    private readonly WebApplication _app;

    private QueueRestNode(WebApplication app, int port)
    {
        _app = app;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<QueueRestNode> StartAsync()
    {
        var port = FreePort.Tcp();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddGrainRuntime();
        builder.Services.AddVoiceGrains();
        builder.Services.AddRestGateway(options =>
        {
            options.SigningKey = "cli-test-signing-key-0123456789-abcdef";
            options.PasswordIterations = PasswordHasher.MinimumIterations;
        });
        var app = builder.Build();
        app.UseRouting();
        app.UseRestGateway();
        app.MapRestGateway();
        await app.StartAsync();
        var config = TenantConfigLoader.Load(new StringReader(Yaml), "acme", new TenantLoadOptions { PasswordIterations = PasswordHasher.MinimumIterations });
        var applied = await app.Services.GetRequiredService<IGrainFactory>().GetGrain<ITenantGrain>("acme").ApplyAsync(config);
        Assert.True(applied.Applied, string.Join("; ", applied.Errors));
        return new QueueRestNode(app, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
