namespace Voice.Silo.Hosting;

/// <summary>Where /cluster, /readyz and /metrics read the cluster from (embedded: this node alone; cluster: Redis).</summary>
public interface ISiloClusterStatus
{
    SiloClusterReport Report();
}
