using System.ComponentModel;
using Voice.Runtime.Hosting;

namespace Voice.Runtime.Invocation;

/// <summary>
/// Base of generated proxies. A generated method first tries <see cref="TryEnterFast"/> (local, active, idle
/// activation: run the grain method inline, no allocation beyond the grain's own task); otherwise it packs the
/// arguments into a call object and hands it to the runtime (queue, activation, or remote node).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract partial class GrainProxy : IGrain
{
    private GrainActivation? _activation;

    protected GrainProxy(GrainRuntime runtime, GrainId grainId, GrainInterfaceDescriptor descriptor)
    {
        Runtime = runtime;
        GrainId = grainId;
        Descriptor = descriptor;
    }

    public GrainId GrainId { get; }

    internal GrainRuntime Runtime { get; }

    internal GrainInterfaceDescriptor Descriptor { get; }

    public override string ToString() => GrainId.ToString();

    protected Task<T> InvokeAsync<T>(GrainCall<T> call)
    {
        Prepare(call);
        Runtime.Route(call);
        return Runtime.WithTimeout(call.ResultTask, GrainId, Descriptor, call.MethodId);
    }

    protected Task InvokeAsync(GrainVoidCall call)
    {
        Prepare(call);
        Runtime.Route(call);
        return Runtime.WithTimeout(call.ResultTask, GrainId, Descriptor, call.MethodId);
    }

    private void Prepare(GrainCall call)
    {
        call.TargetId = GrainId;
        call.Descriptor = Descriptor;
        call.Chain = CallContext.Current ?? new CallChain();
    }
}
