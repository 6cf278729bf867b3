namespace Voice.Silo.Hosting;

/// <summary>
/// The node's own lifecycle facts that /readyz, /healthz and /metrics report: when it started, whether the runtime
/// is up, whether the startup tenant was applied, whether a drain has begun. Thread-safe; set once each.
/// </summary>
public sealed class SiloReadiness(TimeProvider timeProvider)
{
    private readonly long _startedAt = timeProvider.GetTimestamp();
    private int _runtimeStarted;
    private int _tenantApplied;
    private int _draining;
    private long _tenantApplies;

    public bool RuntimeStarted => Volatile.Read(ref _runtimeStarted) != 0;

    public bool TenantApplied => Volatile.Read(ref _tenantApplied) != 0;

    public bool Draining => Volatile.Read(ref _draining) != 0;

    /// <summary>Successful tenant applies made through this node (startup and admin endpoint).</summary>
    public long TenantApplies => Interlocked.Read(ref _tenantApplies);

    public TimeSpan Uptime => timeProvider.GetElapsedTime(_startedAt);

    public void MarkRuntimeStarted() => Volatile.Write(ref _runtimeStarted, 1);

    public void MarkTenantApplied()
    {
        Interlocked.Increment(ref _tenantApplies);
        Volatile.Write(ref _tenantApplied, 1);
    }

    /// <summary>From now on /readyz answers 503: load balancers stop sending new work here.</summary>
    public void BeginDrain() => Volatile.Write(ref _draining, 1);
}
