using System.Text.Json.Serialization;

namespace Voice.Runtime.Tests.Grains;

/// <summary>Source-generated JSON metadata for the test grains' state, arguments and results.</summary>
[JsonSerializable(typeof(CounterState))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class TestGrainJsonContext : JsonSerializerContext;
