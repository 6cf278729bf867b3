using System.Linq;
using System.Text;

namespace Voice.Runtime.Generator;

internal static partial class GrainSourceWriter
{
    private static void WriteCall(StringBuilder sb, GrainInterfaceModel model, GrainMethodModel method)
    {
        var baseType = method.ResultType is null ? $"{Rt}.Invocation.GrainVoidCall" : $"{Rt}.Invocation.GrainCall<{method.ResultType}>";
        var name = CallName(method);
        sb.AppendLine();
        sb.AppendLine($"    file sealed class {name} : {baseType}");
        sb.AppendLine("    {");
        var index = 0;
        foreach (var parameter in method.Parameters)
        {
            sb.AppendLine($"        private readonly {parameter.Type} _arg{index++};");
        }

        sb.AppendLine();
        var ctorParameters = string.Join(", ", method.Parameters.Select((p, i) => $"{p.Type} arg{i}"));
        sb.AppendLine($"        public {name}({ctorParameters})");
        sb.AppendLine("        {");
        for (var i = 0; i < method.Parameters.Count; i++)
        {
            sb.AppendLine($"            _arg{i} = arg{i};");
        }

        sb.AppendLine("        }");
        sb.AppendLine();
        sb.AppendLine($"        public override int MethodId => {method.Id};");
        sb.AppendLine();
        var arguments = string.Join(", ", method.Parameters.Select((_, i) => "_arg" + i));
        var asTask = method.Kind is ReturnKind.ValueTask or ReturnKind.ValueTaskOfT ? ".AsTask()" : string.Empty;
        sb.AppendLine($"        public override {Tasks}.Task InvokeGrain(object grain) => (({method.DeclaringInterface})grain).{method.Name}({arguments}){asTask};");
        sb.AppendLine();
        sb.AppendLine($"        public override void WriteArguments({Json}.Utf8JsonWriter writer, {Json}.JsonSerializerOptions options)");
        sb.AppendLine("        {");
        sb.AppendLine("            writer.WriteStartArray();");
        index = 0;
        foreach (var parameter in method.Parameters)
        {
            if (!parameter.IsCancellationToken)
            {
                sb.AppendLine($"            {Rt}.Invocation.GrainJson.WriteArgument<{parameter.Type}>(writer, _arg{index}, options);");
            }

            index++;
        }

        sb.AppendLine("            writer.WriteEndArray();");
        sb.AppendLine("        }");
        sb.AppendLine("    }");
    }
}
