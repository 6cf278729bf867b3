namespace Voice.Runtime.Generator;

/// <summary>Everything needed to emit one interface's proxy, invoker and registration.</summary>
internal sealed record GrainInterfaceModel(
    string FullyQualifiedName,
    string MetadataName,
    string GrainType,
    EquatableArray<GrainMethodModel> Methods,
    EquatableArray<DiagnosticInfo> Diagnostics);
