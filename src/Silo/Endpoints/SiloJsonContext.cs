using System.Text.Json;
using System.Text.Json.Serialization;
using Voice.Silo.Hosting;

namespace Voice.Silo.Endpoints;

/// <summary>Source-generated JSON for the node's HTTP answers (no reflection in the host).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthAnswer))]
[JsonSerializable(typeof(ReadinessAnswer))]
[JsonSerializable(typeof(ClusterAnswer))]
[JsonSerializable(typeof(SiloClusterMember))]
[JsonSerializable(typeof(TenantAppliedAnswer))]
[JsonSerializable(typeof(TenantErrorsAnswer))]
[JsonSerializable(typeof(TenantErrorItem))]
internal sealed partial class SiloJsonContext : JsonSerializerContext;
