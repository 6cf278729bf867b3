using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Voice.Runtime.Generator;

namespace Voice.Runtime.Tests.Generator;

public sealed class GrainInterfaceGeneratorTests
{
    [Fact]
    public void GrainInterface_GeneratesProxyInvokerAndRegistration()
    {
        var (diagnostics, sources, outputErrors) = RunAndCompile("""
            public interface IShop : Voice.Runtime.IGrainWithStringKey
            {
                System.Threading.Tasks.Task<int> CountAsync(string item, System.Threading.CancellationToken ct);
                System.Threading.Tasks.ValueTask ResetAsync();
            }
            """);

        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(outputErrors);
        var source = Assert.Single(sources);
        Assert.Contains("file sealed class Proxy", source, StringComparison.Ordinal);
        Assert.Contains("file sealed class Invoker", source, StringComparison.Ordinal);
        Assert.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]", source, StringComparison.Ordinal);
        // The CancellationToken is passed locally but never serialized.
        Assert.DoesNotContain("WriteArgument<global::System.Threading.CancellationToken>", source, StringComparison.Ordinal);
    }

    [Fact]
    public void GenericMethod_ReportsVrg001AndGeneratesNothing()
    {
        var (diagnostics, sources) = Run("""
            public interface IBad : Voice.Runtime.IGrainWithStringKey
            {
                System.Threading.Tasks.Task<T> GetAsync<T>();
            }
            """);

        Assert.Contains(diagnostics, d => d.Id == "VRG001");
        Assert.Empty(sources);
    }

    [Fact]
    public void UnsupportedReturnType_ReportsVrg002()
    {
        var (diagnostics, _) = Run("""
            public interface IBad : Voice.Runtime.IGrainWithStringKey
            {
                int Get();
            }
            """);

        Assert.Contains(diagnostics, d => d.Id == "VRG002");
    }

    [Fact]
    public void MethodId_DependsOnSignatureNotDeclarationOrder()
    {
        var first = GrainModelBuilder.MethodId("EchoAsync(int)");

        Assert.Equal(first, GrainModelBuilder.MethodId("EchoAsync(int)"));
        Assert.NotEqual(first, GrainModelBuilder.MethodId("EchoAsync(long)"));
        Assert.True(first >= 0);
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, string[] Sources) Run(string code)
    {
        var (diagnostics, sources, _) = RunAndCompile(code);
        return (diagnostics, sources);
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, string[] Sources, Diagnostic[] OutputErrors) RunAndCompile(string code)
    {
        var references = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && !string.IsNullOrEmpty(a.Location))
            .Select(a => MetadataReference.CreateFromFile(a.Location))
            .Append(MetadataReference.CreateFromFile(typeof(IGrain).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "GeneratorInput",
            [CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create(new GrainInterfaceGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult();
        var outputErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        return (result.Diagnostics, result.GeneratedTrees.Select(t => t.ToString()).ToArray(), outputErrors);
    }
}
