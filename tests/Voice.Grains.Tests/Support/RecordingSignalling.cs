using System.Collections.Concurrent;
using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Tests.Support;

/// <summary>The SIP gateway as a call thread sees it, recording every action instead of sending anything.</summary>
public sealed class RecordingSignalling : ISipSignalling
{
    private readonly ConcurrentQueue<SipAction> _actions = new();

    public string LocalNodeId => "n1";

    public IReadOnlyList<SipAction> Actions => [.. _actions];

    public Task ExecuteAsync(IReadOnlyList<SipAction> actions)
    {
        foreach (var action in actions)
        {
            _actions.Enqueue(action);
        }

        return Task.CompletedTask;
    }

    /// <summary>The actions recorded since the last call, which are then forgotten.</summary>
    public IReadOnlyList<SipAction> Take()
    {
        var taken = new List<SipAction>();
        while (_actions.TryDequeue(out var action))
        {
            taken.Add(action);
        }

        return taken;
    }
}
