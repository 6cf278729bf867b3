using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Voice.Gateway.Rest.Agents;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Calls;
using Voice.Gateway.Rest.Events;
using Voice.Gateway.Rest.Problems;
using Voice.Gateway.Rest.Queues;
using Voice.Gateway.Rest.Tenants;

namespace Voice.Gateway.Rest.Json;

/// <summary>
/// Source-generated JSON for the REST gateway, strict on input: unknown fields, missing required fields, nulls where a
/// value is required and numbers in strings are all errors (the request is refused, never half-understood).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(AccessToken))]
[JsonSerializable(typeof(TenantDocument))]
[JsonSerializable(typeof(AgentDocument))]
[JsonSerializable(typeof(DnDocument))]
[JsonSerializable(typeof(QueueDocument))]
[JsonSerializable(typeof(Voice.Grains.Contracts.Routing.QueueStats))]
[JsonSerializable(typeof(QueueStatsList))]
[JsonSerializable(typeof(RoutePointDocument))]
[JsonSerializable(typeof(AgentStateDocument))]
[JsonSerializable(typeof(AgentLoginBody))]
[JsonSerializable(typeof(AgentReadyBody))]
[JsonSerializable(typeof(AgentNotReadyBody))]
[JsonSerializable(typeof(AgentForwardBody))]
[JsonSerializable(typeof(MakeCallBody))]
[JsonSerializable(typeof(MakeCallResponse))]
[JsonSerializable(typeof(CallActionBody))]
[JsonSerializable(typeof(TransferBody))]
[JsonSerializable(typeof(ConferenceBody))]
[JsonSerializable(typeof(CallDocument))]
[JsonSerializable(typeof(UserDataDocument))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(WebSocketClientMessage))]
[JsonSerializable(typeof(WebSocketServerMessage))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(ValidationErrorItem[]))]
internal sealed partial class RestJsonContext : JsonSerializerContext;
