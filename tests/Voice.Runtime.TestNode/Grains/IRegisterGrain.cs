using Voice.Runtime;

namespace Voice.Runtime.TestNode.Grains;

/// <summary>A persisted string register — the smallest grain whose state can be checked after a node dies.</summary>
[GrainType("register")]
public interface IRegisterGrain : IGrainWithStringKey
{
    Task<string> GetAsync();

    /// <summary>Writes the value and appends an event "set:value" to stream "registers" with it.</summary>
    Task SetAsync(string value);

    /// <summary>Waits, then writes — lets a test freeze the node between the decision and the write.</summary>
    Task SetAfterAsync(string value, int delayMilliseconds);

    /// <summary>The id of the node holding the activation.</summary>
    Task<string> WhereAsync();
}
