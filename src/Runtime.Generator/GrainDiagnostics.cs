using Microsoft.CodeAnalysis;

namespace Voice.Runtime.Generator;

/// <summary>Diagnostics of the grain generator (VRG001–VRG006); all are errors, the interface gets no proxy.</summary>
internal static class GrainDiagnostics
{
    private const string Category = "Voice.Runtime.Generator";

    public static readonly DiagnosticDescriptor GenericMethod = new(
        "VRG001", "Generic grain method", "Grain method '{0}' is generic; grain interfaces support non-generic methods only", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor UnsupportedReturnType = new(
        "VRG002", "Unsupported grain method return type", "Grain method '{0}' must return Task, Task<T>, ValueTask or ValueTask<T>", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor GenericInterface = new(
        "VRG003", "Generic grain interface", "Grain interface '{0}' is generic; only non-generic grain interfaces are supported", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor ByRefParameter = new(
        "VRG004", "By-reference grain method parameter", "Grain method '{0}' has a ref, out or in parameter; arguments are passed by value", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor MethodIdCollision = new(
        "VRG005", "Grain method id collision", "Grain method '{0}' hashes to the same method id as another method; rename one of them", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor NonMethodMember = new(
        "VRG006", "Grain interface member is not a method", "Grain interface member '{0}' is not a method; grain interfaces may declare methods only", Category, DiagnosticSeverity.Error, true);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "VRG001" => GenericMethod,
        "VRG002" => UnsupportedReturnType,
        "VRG003" => GenericInterface,
        "VRG004" => ByRefParameter,
        "VRG005" => MethodIdCollision,
        _ => NonMethodMember,
    };
}
