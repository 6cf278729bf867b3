using System.ComponentModel;
using Voice.Runtime.Hosting;

namespace Voice.Runtime.Invocation;

/// <summary>
/// A call running inline on the caller's thread: either it took the idle activation's turn, or it re-entered the
/// turn of its own call chain.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct FastTurn
{
    internal FastTurn(GrainActivation activation, bool ownsTurn, bool restoreChain)
    {
        Activation = activation;
        OwnsTurn = ownsTurn;
        RestoreChain = restoreChain;
    }

    public object Grain => Activation.Instance;

    internal GrainActivation Activation { get; }

    internal bool OwnsTurn { get; }

    internal bool RestoreChain { get; }
}
