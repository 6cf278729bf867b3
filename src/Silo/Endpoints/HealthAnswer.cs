namespace Voice.Silo.Endpoints;

/// <summary>/healthz: the process is alive and serving HTTP.</summary>
internal sealed record HealthAnswer(string Status, string NodeId, string Mode, double UptimeSeconds);
