using System.Text.Json;
using System.Text.Json.Serialization;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Contracts;

/// <summary>
/// Source-generated JSON metadata for every contract type (grain arguments and results); register
/// <see cref="JsonSerializerContext.Default"/> in GrainRuntimeOptions.JsonTypeInfoResolvers.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TenantConfig))]
[JsonSerializable(typeof(DnConfig))]
[JsonSerializable(typeof(AgentConfig))]
[JsonSerializable(typeof(TrunkConfig))]
[JsonSerializable(typeof(DialPlanRule))]
[JsonSerializable(typeof(AdminUser))]
[JsonSerializable(typeof(PasswordHash))]
[JsonSerializable(typeof(DigestHa1))]
[JsonSerializable(typeof(DigestCredentials))]
[JsonSerializable(typeof(ApplyConfigResult))]
[JsonSerializable(typeof(ConfigValidationResult))]
[JsonSerializable(typeof(ConfigError))]
[JsonSerializable(typeof(IReadOnlyList<ConfigError>))]
[JsonSerializable(typeof(DestinationResult))]
[JsonSerializable(typeof(TenantDirectoryEntry))]
[JsonSerializable(typeof(CallerKind))]
[JsonSerializable(typeof(RegisterRequest))]
[JsonSerializable(typeof(RegisterResult))]
[JsonSerializable(typeof(DeviceBinding))]
[JsonSerializable(typeof(IReadOnlyList<DeviceBinding>))]
[JsonSerializable(typeof(DnServiceEvent))]
[JsonSerializable(typeof(CallOffer))]
[JsonSerializable(typeof(CallOfferResult))]
[JsonSerializable(typeof(LegResponse))]
[JsonSerializable(typeof(InDialogRequest))]
[JsonSerializable(typeof(InDialogAnswer))]
[JsonSerializable(typeof(CallThreadSnapshot))]
[JsonSerializable(typeof(CallControlResult))]
[JsonSerializable(typeof(MakeCallRequest))]
[JsonSerializable(typeof(Routing.QueuedCall))]
[JsonSerializable(typeof(Routing.RoutingRequest))]
[JsonSerializable(typeof(Routing.RoutingSessionSnapshot))]
[JsonSerializable(typeof(Routing.RouteTarget))]
[JsonSerializable(typeof(Routing.RoutingNotice))]
[JsonSerializable(typeof(Routing.QueueResult))]
[JsonSerializable(typeof(Routing.QueueAgent))]
[JsonSerializable(typeof(Routing.QueueStats))]
[JsonSerializable(typeof(Routing.QueueDelivery))]
[JsonSerializable(typeof(Media.MixerJoinResult))]
[JsonSerializable(typeof(Media.MixerRequest))]
[JsonSerializable(typeof(UserDataChange))]
[JsonSerializable(typeof(TransferMode))]
[JsonSerializable(typeof(CallParty))]
[JsonSerializable(typeof(CallEvent))]
[JsonSerializable(typeof(SipAction))]
[JsonSerializable(typeof(IReadOnlyList<SipAction>))]
[JsonSerializable(typeof(List<SipAction>))]
[JsonSerializable(typeof(DeviceRouting))]
[JsonSerializable(typeof(AgentSnapshot))]
[JsonSerializable(typeof(AgentResult))]
[JsonSerializable(typeof(AgentLoginRequest))]
[JsonSerializable(typeof(AgentEvent))]
[JsonSerializable(typeof(AgentWorkMode))]
[JsonSerializable(typeof(TimeSpan?))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
public sealed partial class GrainsContractsJsonContext : JsonSerializerContext;
