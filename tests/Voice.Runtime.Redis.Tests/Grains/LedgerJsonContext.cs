using System.Text.Json.Serialization;

namespace Voice.Runtime.Redis.Tests.Grains;

/// <summary>Source-generated JSON metadata for the ledger grain's state, arguments and results.</summary>
[JsonSerializable(typeof(LedgerState))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(TimeSpan))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext;
