using Voice.Runtime.Hosting;

namespace Voice.Runtime.Invocation;

/// <summary>Proxy the runtime uses to deliver reminder ticks (always through the routed path).</summary>
internal sealed class RemindableProxy(GrainRuntime runtime, GrainId grainId, GrainInterfaceDescriptor descriptor)
    : GrainProxy(runtime, grainId, descriptor), IRemindable
{
    public Task ReceiveReminderAsync(string reminderName, ReminderTick tick) => InvokeAsync(new ReceiveReminderCall(reminderName, tick));
}
