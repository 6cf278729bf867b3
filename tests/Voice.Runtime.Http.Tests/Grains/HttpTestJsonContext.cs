using System.Text.Json.Serialization;

namespace Voice.Runtime.Http.Tests.Grains;

[JsonSerializable(typeof(Shipment))]
internal sealed partial class HttpTestJsonContext : JsonSerializerContext;
