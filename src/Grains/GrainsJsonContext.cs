using System.Text.Json;
using System.Text.Json.Serialization;
using Voice.Grains.Agents;
using Voice.Grains.Calls;
using Voice.Grains.Registrar;
using Voice.Grains.Routing;
using Voice.Grains.Tenancy;

namespace Voice.Grains;

/// <summary>Source-generated JSON metadata for the grains' persisted state (contract types have their own context).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TenantState))]
[JsonSerializable(typeof(TenantDirectoryState))]
[JsonSerializable(typeof(DeviceState))]
[JsonSerializable(typeof(CallThreadState))]
[JsonSerializable(typeof(AgentState))]
[JsonSerializable(typeof(Routing.Sessions.RoutingSessionState))]
[JsonSerializable(typeof(QueueState))]
public sealed partial class GrainsJsonContext : JsonSerializerContext;
