using System.Collections.Concurrent;
using Voice.Grains.Contracts.Calls;

namespace Voice.Gateway.Tests.Rest;

/// <summary>The SIP gateway as the REST tests' call threads see it: every action is kept, nothing is sent.</summary>
public sealed class RecordedSipActions : ISipSignalling
{
    private readonly ConcurrentQueue<SipAction> _actions = new();

    public string LocalNodeId => "rest-test";

    public IReadOnlyList<SipAction> Actions => [.. _actions];

    public Task ExecuteAsync(IReadOnlyList<SipAction> actions)
    {
        foreach (var action in actions)
        {
            _actions.Enqueue(action);
        }

        return Task.CompletedTask;
    }
}
