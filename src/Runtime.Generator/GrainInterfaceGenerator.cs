using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Voice.Runtime.Generator;

/// <summary>
/// For every interface in the compilation that derives from Voice.Runtime.IGrain, emits a proxy (inline fast path +
/// call objects), an invoker (method id → typed call from JSON) and a [ModuleInitializer] registering both.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainInterfaceGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { BaseList: not null },
                static (syntaxContext, cancellationToken) =>
                    syntaxContext.SemanticModel.GetDeclaredSymbol(syntaxContext.Node, cancellationToken) is INamedTypeSymbol symbol
                        ? GrainModelBuilder.TryBuild(symbol, cancellationToken)
                        : null)
            .Where(static model => model is not null)
            .Collect();

        context.RegisterSourceOutput(models, static (output, all) => Emit(output, all!));
    }

    private static void Emit(SourceProductionContext output, IEnumerable<GrainInterfaceModel> models)
    {
        // Partial interfaces yield one model per declaration; emit each interface once.
        foreach (var model in models.GroupBy(m => m.MetadataName).Select(g => g.First()))
        {
            foreach (var diagnostic in model.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (model.Diagnostics.Count == 0)
            {
                output.AddSource(model.MetadataName.Replace('+', '.') + ".Grain.g.cs", GrainSourceWriter.Write(model));
            }
        }
    }
}
