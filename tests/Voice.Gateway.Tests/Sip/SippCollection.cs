namespace Voice.Gateway.Tests.Sip;

/// <summary>SIPp runs are serialized: they are real processes on a shared, small machine.</summary>
[CollectionDefinition(Name)]
public sealed class SippCollection
{
    public const string Name = "sipp";
}
