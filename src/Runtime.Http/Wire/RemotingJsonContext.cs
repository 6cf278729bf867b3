using System.Text.Json.Serialization;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Http.Wire;

/// <summary>Source-generated contracts of the remoting wire format (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RemoteCallEnvelope))]
[JsonSerializable(typeof(MisdirectedCallAnswer))]
[JsonSerializable(typeof(RemoteGrainError))]
internal sealed partial class RemotingJsonContext : JsonSerializerContext;
