using System.Text.Json.Serialization;

namespace Voice.Runtime.TestNode.Grains;

/// <summary>Source-generated JSON metadata for the test node's grain state, arguments and results.</summary>
[JsonSerializable(typeof(RegisterState))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
public sealed partial class TestNodeJsonContext : JsonSerializerContext;
