using Voice.Runtime.Placement;
using Voice.Silo.Hosting;
using Voice.Silo.Options;

namespace Voice.Silo.Endpoints;

/// <summary>/healthz (liveness), /readyz (readiness) and /cluster (membership and slot ownership).</summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (SiloOptions options, SiloReadiness readiness) =>
            Results.Json(new HealthAnswer("alive", options.NodeId, ModeName(options), Math.Round(readiness.Uptime.TotalSeconds, 3)), SiloJsonContext.Default.HealthAnswer));

        endpoints.MapGet("/readyz", (SiloOptions options, SiloReadiness readiness, ISiloClusterStatus cluster) =>
        {
            var reasons = NotReadyReasons(options, readiness, cluster);
            return Results.Json(
                new ReadinessAnswer(reasons.Count == 0, options.NodeId, reasons),
                SiloJsonContext.Default.ReadinessAnswer,
                statusCode: reasons.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });

        endpoints.MapGet("/cluster", (SiloOptions options, ISiloClusterStatus cluster) =>
        {
            var report = cluster.Report();
            var answer = new ClusterAnswer(ModeName(options), options.NodeId, SlotHasher.SlotCount, report.Members, report.UnownedSlots, report.OwnedSlots);
            return Results.Json(answer, SiloJsonContext.Default.ClusterAnswer);
        });
    }

    public static string ModeName(SiloOptions options) => options.Mode == SiloMode.Cluster ? "cluster" : "embedded";

    /// <summary>Every reason the node should not get new work; empty when ready.</summary>
    public static List<string> NotReadyReasons(SiloOptions options, SiloReadiness readiness, ISiloClusterStatus cluster)
    {
        var reasons = new List<string>();
        if (readiness.Draining)
        {
            reasons.Add("draining: the node is shutting down");
        }

        if (!readiness.RuntimeStarted)
        {
            reasons.Add("runtime not started");
        }

        if (!readiness.TenantApplied)
        {
            reasons.Add("startup tenant not applied yet");
        }

        if (options.Mode == SiloMode.Cluster)
        {
            var report = cluster.Report();
            if (!report.SelfIsMember)
            {
                reasons.Add("not a live member of the cluster");
            }

            if (report.UnownedSlots > 0)
            {
                reasons.Add($"{report.UnownedSlots} slots have no owner");
            }
        }

        return reasons;
    }
}
