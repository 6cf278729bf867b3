namespace Voice.Gateway.Rest.Calls;

/// <summary>The id of a call being made; <c>GET …/calls/{callId}</c> and the call events follow it.</summary>
public sealed record MakeCallResponse(string CallId);
