namespace Voice.Runtime.Tests.Grains;

/// <summary>A contract with no registered class.</summary>
[GrainType("unimplemented")]
public interface IUnimplementedGrain : IGrainWithStringKey
{
    Task NothingAsync();
}
