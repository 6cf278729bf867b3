namespace Voice.Runtime.Generator;

/// <summary>One parameter: fully qualified type, escaped name, and whether it is a (never serialized) CancellationToken.</summary>
internal sealed record GrainParameterModel(string Name, string Type, bool IsCancellationToken);
