using System.Text.Json.Serialization;

namespace Voice.Runtime.Benchmarks;

[JsonSerializable(typeof(BenchCounterState))]
[JsonSerializable(typeof(BenchWriterState))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
