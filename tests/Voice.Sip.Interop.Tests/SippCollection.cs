namespace Voice.Sip.Interop.Tests;

/// <summary>SIPp runs are CPU-heavy on a 2-core machine: run them one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SippCollection
{
    public const string Name = "sipp";
}
