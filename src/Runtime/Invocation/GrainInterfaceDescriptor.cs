using Voice.Runtime.Hosting;

namespace Voice.Runtime.Invocation;

/// <summary>What the runtime knows about one grain interface: its grain type name, invoker and proxy factory.</summary>
public sealed class GrainInterfaceDescriptor(
    Type interfaceType,
    string grainType,
    IGrainInvoker invoker,
    Func<GrainRuntime, GrainId, GrainInterfaceDescriptor, GrainProxy> proxyFactory)
{
    public Type InterfaceType { get; } = interfaceType;

    public string InterfaceName { get; } = interfaceType.FullName ?? interfaceType.Name;

    public string GrainType { get; } = grainType;

    public IGrainInvoker Invoker { get; } = invoker;

    internal GrainProxy CreateProxy(GrainRuntime runtime, GrainId grainId) => proxyFactory(runtime, grainId, this);
}
