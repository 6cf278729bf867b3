using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Voice.Runtime.Invocation;

/// <summary>
/// Process-wide map of grain interfaces, filled by the generated [ModuleInitializer] of each grain contracts
/// assembly (and by the runtime itself for <see cref="IRemindable"/>).
/// </summary>
public static class GrainInterfaceRegistry
{
    private static readonly ConcurrentDictionary<Type, GrainInterfaceDescriptor> ByType = new();
    private static readonly ConcurrentDictionary<string, GrainInterfaceDescriptor> ByName = new(StringComparer.Ordinal);

    static GrainInterfaceRegistry() => Register(RemindableInvoker.Descriptor);

    public static void Register(GrainInterfaceDescriptor descriptor)
    {
        ByType[descriptor.InterfaceType] = descriptor;
        ByName[descriptor.InterfaceName] = descriptor;
    }

    public static GrainInterfaceDescriptor Get(Type interfaceType)
    {
        if (ByType.TryGetValue(interfaceType, out var descriptor))
        {
            return descriptor;
        }

        // The module initializer runs on first use of the contracts module; make sure it has run.
        RuntimeHelpers.RunModuleConstructor(interfaceType.Module.ModuleHandle);
        return ByType.TryGetValue(interfaceType, out descriptor)
            ? descriptor
            : throw new InvalidOperationException(
                $"No generated proxy for grain interface {interfaceType.FullName}: reference Voice.Runtime.Generator as an analyzer in its project.");
    }

    public static bool TryGetByName(string interfaceName, out GrainInterfaceDescriptor descriptor)
        => ByName.TryGetValue(interfaceName, out descriptor!);
}
