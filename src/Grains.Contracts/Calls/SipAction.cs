using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// One thing a call thread asks a SIP gateway to do, on the node named by <see cref="NodeId"/> (the node holding the
/// transaction or the peer's flow). Serialized as JSON when it has to travel to another node.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "action")]
[JsonDerivedType(typeof(RespondAction), "respond")]
[JsonDerivedType(typeof(SendRequestAction), "send")]
[JsonDerivedType(typeof(CancelAction), "cancel")]
public abstract record SipAction(string NodeId);
