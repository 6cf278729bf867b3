namespace Voice.Runtime.Http.Wire;

/// <summary>Body of a 421 answer: the owner the refusing node believes in.</summary>
public sealed record MisdirectedCallAnswer(string OwnerNodeId, long Epoch);
