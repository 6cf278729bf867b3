using Voice.Runtime;
using Voice.Runtime.Hosting;

namespace Voice.Client;

/// <summary>
/// Grain references for a process without grains: the generated proxies of a client-only runtime, whose calls all
/// go to the owning node through <see cref="Voice.Runtime.Http.HttpRemoteGrainInvoker"/>. Nothing activates here.
/// The service provider owns (and disposes) the runtime.
/// </summary>
public sealed class GrainClient(GrainRuntime runtime) : IGrainFactory
{
    public string ClientId => runtime.NodeId;

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
        => runtime.GetGrain<TGrainInterface>(key);
}
