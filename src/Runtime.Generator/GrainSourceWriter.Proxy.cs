using System.Linq;
using System.Text;

namespace Voice.Runtime.Generator;

internal static partial class GrainSourceWriter
{
    private static void WriteProxy(StringBuilder sb, GrainInterfaceModel model)
    {
        sb.AppendLine($"    file sealed class Proxy : {Rt}.Invocation.GrainProxy, {model.FullyQualifiedName}");
        sb.AppendLine("    {");
        sb.AppendLine($"        public Proxy({Rt}.Hosting.GrainRuntime runtime, {Rt}.GrainId grainId, {Rt}.Invocation.GrainInterfaceDescriptor descriptor)");
        sb.AppendLine("            : base(runtime, grainId, descriptor)");
        sb.AppendLine("        {");
        sb.AppendLine("        }");
        foreach (var method in model.Methods)
        {
            sb.AppendLine();
            WriteProxyMethod(sb, method);
        }

        sb.AppendLine("    }");
    }

    private static void WriteProxyMethod(StringBuilder sb, GrainMethodModel method)
    {
        var returnType = ReturnType(method);
        var parameters = string.Join(", ", method.Parameters.Select(p => p.Type + " " + p.Name));
        var arguments = string.Join(", ", method.Parameters.Select(p => p.Name));
        var isValueTask = method.Kind is ReturnKind.ValueTask or ReturnKind.ValueTaskOfT;
        var fromException = method.Kind switch
        {
            ReturnKind.Task => $"{Tasks}.Task.FromException(__ex)",
            ReturnKind.TaskOfT => $"{Tasks}.Task.FromException<{method.ResultType}>(__ex)",
            ReturnKind.ValueTask => $"{Tasks}.ValueTask.FromException(__ex)",
            _ => $"{Tasks}.ValueTask.FromException<{method.ResultType}>(__ex)",
        };
        var slowPath = $"InvokeAsync(new {CallName(method)}({arguments}))";
        if (isValueTask)
        {
            slowPath = $"new {returnType}({slowPath})";
        }

        sb.AppendLine($"        {returnType} {method.DeclaringInterface}.{method.Name}({parameters})");
        sb.AppendLine("        {");
        sb.AppendLine("            if (TryEnterFast(out var __turn))");
        sb.AppendLine("            {");
        sb.AppendLine($"                {returnType} __task;");
        sb.AppendLine("                try");
        sb.AppendLine("                {");
        sb.AppendLine($"                    __task = (({method.DeclaringInterface})__turn.Grain).{method.Name}({arguments});");
        sb.AppendLine("                }");
        sb.AppendLine("                catch (global::System.Exception __ex)");
        sb.AppendLine("                {");
        sb.AppendLine($"                    __task = {fromException};");
        sb.AppendLine("                }");
        sb.AppendLine();
        sb.AppendLine($"                return CompleteFast(in __turn, __task, {method.Id});");
        sb.AppendLine("            }");
        sb.AppendLine();
        sb.AppendLine($"            return {slowPath};");
        sb.AppendLine("        }");
    }

    private static string ReturnType(GrainMethodModel method) => method.Kind switch
    {
        ReturnKind.Task => $"{Tasks}.Task",
        ReturnKind.TaskOfT => $"{Tasks}.Task<{method.ResultType}>",
        ReturnKind.ValueTask => $"{Tasks}.ValueTask",
        _ => $"{Tasks}.ValueTask<{method.ResultType}>",
    };
}
