using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Voice.Gateway.Rest;
using Voice.Grains;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy.Yaml;
using Voice.Runtime;
using Voice.Runtime.Events;
using Voice.Runtime.Hosting;

namespace Voice.Gateway.Tests.Rest;

/// <summary>
/// The REST gateway in memory through <see cref="WebApplicationFactory{TEntryPoint}"/>: the grain runtime (in-memory
/// providers), the Voice grains and the gateway exactly as the node maps them, with two tenants (<see cref="RestTenants"/>)
/// and every log line kept in <see cref="Logs"/> (to prove no secret is logged).
/// </summary>
public sealed class RestApiFactory : WebApplicationFactory<RestApiFactory>, IAsyncLifetime
{
    public const string SigningKey = "test-signing-key-0123456789-abcdefghij";
    /// <summary>Changes to the gateway options, for tests that need other limits than the shared factory's.</summary>
    public Action<RestGatewayOptions>? ConfigureOptions { get; init; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>The clock of the host, for tests that move time (default: the system clock).</summary>
    public TimeProvider? Time { get; init; }

    public IEventLog Events => Services.GetRequiredService<IEventLog>();

    /// <summary>What call threads asked the SIP gateway to send (there is no SIP stack in these tests).</summary>
    public RecordedSipActions Sip { get; } = new();

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>A bearer token for the user, or a failed assertion with the server's answer.</summary>
    public async Task<string> TokenAsync(string tenant, string username, string password)
    {
        using var client = CreateClient();
        using var response = await client.PostAsync("/api/v1/auth/token", RestJson.Body(new { tenant, username, password }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public Task<string> AdminTokenAsync() => TokenAsync(RestTenants.Acme, "root", RestTenants.AdminPassword);

    public Task<string> SupervisorTokenAsync() => TokenAsync(RestTenants.Acme, "sue", RestTenants.SupervisorPassword);

    public Task<string> AgentTokenAsync() => TokenAsync(RestTenants.Acme, "alice", RestTenants.AgentPassword);

    /// <summary>A client that sends <paramref name="token"/> as its bearer token.</summary>
    public HttpClient Client(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Starts the host and applies both tenants.</summary>
    public async Task<RestApiFactory> StartAsync()
    {
        var grains = Services.GetRequiredService<IGrainFactory>();
        foreach (var yaml in new[] { RestTenants.AcmeYaml, RestTenants.GlobexYaml })
        {
            var config = TenantConfigLoader.Load(new StringReader(yaml), "test tenant", new TenantLoadOptions { PasswordIterations = PasswordHasher.MinimumIterations });
            var result = await grains.GetGrain<ITenantGrain>(config.TenantId).ApplyAsync(config);
            Assert.True(result.Applied, string.Join("; ", result.Errors));
        }

        return this;
    }

    /// <summary>The test's output folder is the content root: the factory's default looks for a project folder next to the solution.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override IHostBuilder CreateHostBuilder() =>
        new HostBuilder().ConfigureWebHost(web => web
            .ConfigureServices(services =>
            {
                services.AddRouting();
                services.AddSingleton<ISipSignalling>(Sip);
                if (Time is not null)
                {
                    services.AddSingleton(Time);
                }

                services.AddGrainRuntime();
                services.AddVoiceGrains();
                services.AddRestGateway(options =>
                {
                    options.SigningKey = SigningKey;
                    options.PasswordIterations = PasswordHasher.MinimumIterations;
                    options.MaxFailuresPerClient = 1000;
                    options.EventKeepAlive = TimeSpan.FromMilliseconds(200);
                    ConfigureOptions?.Invoke(options);
                });
                services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
            })
            .Configure(app =>
            {
                app.UseRouting();
                app.UseRestGateway();
                app.UseEndpoints(endpoints => endpoints.MapRestGateway());
            }));
}
