using System.Text.Json;

namespace Voice.Runtime.Invocation;

/// <summary>Generated per grain interface: turns (method id, JSON arguments) back into a typed call object.</summary>
public interface IGrainInvoker
{
    string GetMethodName(int methodId);

    GrainCall ReadCall(int methodId, ReadOnlySpan<byte> arguments, JsonSerializerOptions options);
}
