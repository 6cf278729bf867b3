namespace Voice.Silo.Endpoints;

/// <summary>/readyz: ready or not, and every reason why not.</summary>
internal sealed record ReadinessAnswer(bool Ready, string NodeId, IReadOnlyList<string> Reasons);
