using Voice.Grains.Contracts.Registrar;
using Voice.Runtime;

namespace Voice.Grains.Registrar;

public sealed partial class DeviceGrain
{
    public async Task<string> AttachAgentAsync(string agentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        if (State.AgentId is { } holder)
        {
            // Held already: a repeated login of the same agent is granted without a write.
            return holder;
        }

        await StoreAgentAsync(agentId);
        Log.AgentAttached(_logger, Key, agentId);
        return agentId;
    }

    public async Task<bool> DetachAgentAsync(string agentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        if (!string.Equals(State.AgentId, agentId, StringComparison.Ordinal))
        {
            return false;
        }

        await StoreAgentAsync(null);
        Log.AgentDetached(_logger, Key, agentId);
        return true;
    }

    public async Task<DeviceRouting> GetRoutingAsync() => new(await GetBindingsAsync(), State.AgentId);

    private async Task StoreAgentAsync(string? agentId)
    {
        var previous = State.AgentId;
        State.AgentId = agentId;
        try
        {
            await WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            State.AgentId = previous;
            throw;
        }
    }
}
