namespace Voice.Runtime.Generator;

/// <summary>One grain method; <see cref="ResultType"/> is null for Task/ValueTask.</summary>
internal sealed record GrainMethodModel(
    string Name,
    int Id,
    ReturnKind Kind,
    string? ResultType,
    string DeclaringInterface,
    EquatableArray<GrainParameterModel> Parameters);
