namespace Voice.Runtime;

/// <summary>Hands out references (generated proxies) to grains; a reference is cheap and activates nothing.</summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;
}
