namespace Voice.Silo.Tests.Processes;

/// <summary>Node processes are heavy on a 2-core machine: one process test class at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SiloProcessCollection
{
    public const string Name = "silo-processes";
}
