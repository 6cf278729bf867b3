using Microsoft.CodeAnalysis;

namespace Voice.Runtime.Generator;

/// <summary>A diagnostic to report, kept as plain values inside the pipeline model.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, string Argument)
{
    public Diagnostic ToDiagnostic() => Diagnostic.Create(GrainDiagnostics.ById(Id), Location?.ToLocation(), Argument);
}
