using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Voice.Runtime.Generator;

/// <summary>Turns a grain interface symbol into a <see cref="GrainInterfaceModel"/> (plus diagnostics).</summary>
internal static class GrainModelBuilder
{
    private const string GrainInterfaceName = "Voice.Runtime.IGrain";
    private const string GrainTypeAttributeName = "Voice.Runtime.GrainTypeAttribute";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static GrainInterfaceModel? TryBuild(INamedTypeSymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol.TypeKind != TypeKind.Interface || !symbol.AllInterfaces.Any(i => i.ToDisplayString() == GrainInterfaceName))
        {
            return null;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var fullName = symbol.ToDisplayString(TypeFormat);
        if (symbol.IsGenericType)
        {
            diagnostics.Add(new DiagnosticInfo("VRG003", LocationInfo.From(symbol.Locations.FirstOrDefault()), fullName));
        }

        var methods = new List<GrainMethodModel>();
        var seenIds = new HashSet<int>();
        foreach (var declaring in new[] { symbol }.Concat(symbol.AllInterfaces).Where(IsUserGrainInterface))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in declaring.GetMembers())
            {
                var method = BuildMethod(member, declaring, diagnostics);
                if (method is null)
                {
                    continue;
                }

                if (!seenIds.Add(method.Id))
                {
                    diagnostics.Add(new DiagnosticInfo("VRG005", LocationInfo.From(member.Locations.FirstOrDefault()), member.Name));
                }

                methods.Add(method);
            }
        }

        return new GrainInterfaceModel(
            fullName,
            MetadataName(symbol),
            GrainTypeName(symbol),
            new EquatableArray<GrainMethodModel>(methods.ToImmutableArray()),
            new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutableArray()));
    }

    // Methods of the runtime's own interfaces (IGrain, IRemindable, ...) are not proxied here.
    private static bool IsUserGrainInterface(INamedTypeSymbol type)
        => type.ContainingNamespace?.ToDisplayString() != "Voice.Runtime";

    private static GrainMethodModel? BuildMethod(ISymbol member, INamedTypeSymbol declaring, List<DiagnosticInfo> diagnostics)
    {
        var location = LocationInfo.From(member.Locations.FirstOrDefault());
        if (member is not IMethodSymbol method)
        {
            diagnostics.Add(new DiagnosticInfo("VRG006", location, member.Name));
            return null;
        }

        if (method.MethodKind != MethodKind.Ordinary || method.IsStatic)
        {
            return null;
        }

        if (method.IsGenericMethod)
        {
            diagnostics.Add(new DiagnosticInfo("VRG001", location, method.Name));
            return null;
        }

        if (!TryClassifyReturn(method.ReturnType, out var kind, out var resultType))
        {
            diagnostics.Add(new DiagnosticInfo("VRG002", location, method.Name));
            return null;
        }

        if (method.Parameters.Any(p => p.RefKind != RefKind.None))
        {
            diagnostics.Add(new DiagnosticInfo("VRG004", location, method.Name));
            return null;
        }

        var parameters = method.Parameters
            .Select(p => new GrainParameterModel(Escape(p.Name), p.Type.ToDisplayString(TypeFormat), p.Type.ToDisplayString() == "System.Threading.CancellationToken"))
            .ToImmutableArray();
        var signature = method.Name + "(" + string.Join(",", parameters.Select(p => p.Type)) + ")";
        return new GrainMethodModel(method.Name, MethodId(signature), kind, resultType, declaring.ToDisplayString(TypeFormat), new EquatableArray<GrainParameterModel>(parameters));
    }

    private static bool TryClassifyReturn(ITypeSymbol type, out ReturnKind kind, out string? resultType)
    {
        resultType = null;
        kind = ReturnKind.Task;
        if (type is not INamedTypeSymbol named || named.ContainingNamespace?.ToDisplayString() != "System.Threading.Tasks")
        {
            return false;
        }

        switch (named.Name, named.TypeArguments.Length)
        {
            case ("Task", 0):
                kind = ReturnKind.Task;
                return true;
            case ("ValueTask", 0):
                kind = ReturnKind.ValueTask;
                return true;
            case ("Task", 1):
                kind = ReturnKind.TaskOfT;
                resultType = named.TypeArguments[0].ToDisplayString(TypeFormat);
                return true;
            case ("ValueTask", 1):
                kind = ReturnKind.ValueTaskOfT;
                resultType = named.TypeArguments[0].ToDisplayString(TypeFormat);
                return true;
            default:
                return false;
        }
    }

    // Method ids hash the signature (FNV-1a 32), so they survive reordering and adding methods.
    internal static int MethodId(string signature)
    {
        var hash = 2166136261u;
        foreach (var c in signature)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private static string GrainTypeName(INamedTypeSymbol symbol)
    {
        var attribute = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == GrainTypeAttributeName);
        return attribute?.ConstructorArguments.FirstOrDefault().Value as string ?? MetadataName(symbol);
    }

    // Matches System.Type.FullName (nested types joined with '+').
    private static string MetadataName(INamedTypeSymbol symbol)
    {
        var name = symbol.MetadataName;
        for (var outer = symbol.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        var ns = symbol.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }

    private static string Escape(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
