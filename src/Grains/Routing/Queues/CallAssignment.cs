namespace Voice.Grains.Routing.Queues;

/// <summary>A waiting call to offer to an agent (the queue then reserves the agent through its grain).</summary>
public sealed record CallAssignment(WaitingCall Call, AgentCandidate Agent);
