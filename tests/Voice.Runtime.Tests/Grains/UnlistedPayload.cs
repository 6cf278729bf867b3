namespace Voice.Runtime.Tests.Grains;

/// <summary>Deliberately absent from <see cref="TestGrainJsonContext"/>: remote calls with it must fail, not fall back to reflection.</summary>
public sealed record UnlistedPayload(string Text);
