namespace Voice.Runtime.Cluster.Tests;

/// <summary>Node processes are heavy on a 2-core machine: one cluster at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "cluster-processes";
}
