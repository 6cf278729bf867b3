using Voice.Runtime.Hosting;

namespace Voice.Runtime.Invocation;

public abstract partial class GrainProxy
{
    /// <summary>
    /// Takes the turn of an idle local activation (or re-enters the caller's own chain) so the generated method can
    /// call the grain inline. Returns false when the call must go through the runtime (queue, activation, remote).
    /// </summary>
    protected bool TryEnterFast(out FastTurn turn)
    {
        var activation = _activation;
        if (activation is null || !activation.IsActive)
        {
            activation = Runtime.FindActiveLocal(GrainId);
            _activation = activation;
            if (activation is null)
            {
                turn = default;
                return false;
            }
        }

        var chain = CallContext.Current;
        if (chain is not null)
        {
            if (activation.IsRunningChain(chain))
            {
                turn = new FastTurn(activation, ownsTurn: false, restoreChain: false);
                return true;
            }

            var entered = activation.TryEnterTurn(chain);
            turn = entered ? new FastTurn(activation, ownsTurn: true, restoreChain: false) : default;
            return entered;
        }

        // Call from outside any grain: it starts a new chain, visible to calls the grain makes while serving it.
        chain = new CallChain();
        if (!activation.TryEnterTurn(chain))
        {
            turn = default;
            return false;
        }

        CallContext.Current = chain;
        turn = new FastTurn(activation, ownsTurn: true, restoreChain: true);
        return true;
    }

    protected Task<T> CompleteFast<T>(in FastTurn turn, Task<T> task, int methodId)
    {
        ExitInline(turn, task);
        return task.IsCompleted ? task : Runtime.WithTimeout(task, GrainId, Descriptor, methodId);
    }

    protected Task CompleteFast(in FastTurn turn, Task task, int methodId)
    {
        ExitInline(turn, task);
        return task.IsCompleted ? task : Runtime.WithTimeout(task, GrainId, Descriptor, methodId);
    }

    protected ValueTask<T> CompleteFast<T>(in FastTurn turn, ValueTask<T> task, int methodId)
    {
        if (task.IsCompletedSuccessfully)
        {
            ExitInline(turn, Task.CompletedTask);
            return task;
        }

        return new ValueTask<T>(CompleteFast(turn, task.AsTask(), methodId));
    }

    protected ValueTask CompleteFast(in FastTurn turn, ValueTask task, int methodId)
    {
        if (task.IsCompletedSuccessfully)
        {
            ExitInline(turn, Task.CompletedTask);
            return task;
        }

        return new ValueTask(CompleteFast(turn, task.AsTask(), methodId));
    }

    private static void ExitInline(in FastTurn turn, Task task)
    {
        if (turn.RestoreChain)
        {
            CallContext.Current = null;
        }

        if (!turn.OwnsTurn)
        {
            return;
        }

        if (task.IsCompleted)
        {
            turn.Activation.ExitTurn();
        }
        else
        {
            turn.Activation.ExitTurnWhenCompleted(task);
        }
    }
}
