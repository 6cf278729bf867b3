using System.Text.Json.Serialization;

namespace Voice.Runtime.Benchmarks;

[JsonSerializable(typeof(BenchCounterState))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
