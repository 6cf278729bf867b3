using System.Globalization;
using System.Text;
using Voice.Runtime.Hosting;
using Voice.Silo.Hosting;
using Voice.Silo.Options;

namespace Voice.Silo.Endpoints;

/// <summary>
/// /metrics in the Prometheus text exposition format (version 0.0.4). A handful of values read on each scrape,
/// each one real: nothing here is a placeholder.
/// </summary>
internal static class MetricsEndpoint
{
    private const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/metrics", (SiloOptions options, SiloReadiness readiness, ISiloClusterStatus cluster, GrainRuntime runtime) =>
            Results.Text(Render(options, readiness, cluster, runtime), ContentType));

    public static string Render(SiloOptions options, SiloReadiness readiness, ISiloClusterStatus cluster, GrainRuntime runtime)
    {
        var report = cluster.Report();
        var ready = HealthEndpoints.NotReadyReasons(options, readiness, cluster).Count == 0;
        var text = new StringBuilder();
        Append(text, "voice_node_uptime_seconds", "gauge", "Seconds since the node process started.", readiness.Uptime.TotalSeconds);
        Append(text, "voice_node_ready", "gauge", "1 when /readyz answers 200, else 0.", ready ? 1 : 0);
        Append(text, "voice_grain_activations", "gauge", "Grain activations currently live on this node.", runtime.ActivationCount);
        Append(text, "voice_cluster_members", "gauge", "Live cluster members as this node sees them.", report.Members.Count);
        Append(text, "voice_cluster_owned_slots", "gauge", "Slots whose lease this node holds.", report.OwnedSlots);
        Append(text, "voice_cluster_unowned_slots", "gauge", "Slots with no lease holder in the current view.", report.UnownedSlots);
        Append(text, "voice_tenant_applies_total", "counter", "Tenant configurations applied through this node.", readiness.TenantApplies);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string name, string type, string help, double value)
    {
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
        text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        text.Append(name).Append(' ').Append(value.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
    }
}
