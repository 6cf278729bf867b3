using System.Text.Json.Serialization;

namespace Voice.Runtime.Invocation;

/// <summary>
/// Source-generated metadata for the runtime's own payloads and common primitives; always appended to the resolver
/// chain so contracts contexts need not list them.
/// </summary>
[JsonSerializable(typeof(ReminderTick))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(Guid))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(TimeSpan))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
