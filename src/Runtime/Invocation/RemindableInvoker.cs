using System.Text.Json;

namespace Voice.Runtime.Invocation;

/// <summary>Hand-written invoker for <see cref="IRemindable"/> (the generator does not run on this assembly).</summary>
internal sealed class RemindableInvoker : IGrainInvoker
{
    public const int ReceiveReminderMethodId = 1;

    public static GrainInterfaceDescriptor Descriptor { get; } = new(
        typeof(IRemindable),
        typeof(IRemindable).FullName!,
        new RemindableInvoker(),
        static (runtime, id, descriptor) => new RemindableProxy(runtime, id, descriptor));

    public string GetMethodName(int methodId) => methodId == ReceiveReminderMethodId ? nameof(IRemindable.ReceiveReminderAsync) : $"#{methodId}";

    public GrainCall ReadCall(int methodId, ReadOnlySpan<byte> arguments, JsonSerializerOptions options)
    {
        if (methodId != ReceiveReminderMethodId)
        {
            throw new NotSupportedException($"IRemindable has no method {methodId}.");
        }

        var reader = new Utf8JsonReader(arguments);
        GrainJson.ReadArrayStart(ref reader);
        var name = GrainJson.ReadArgument<string>(ref reader, options);
        var tick = GrainJson.ReadArgument<ReminderTick>(ref reader, options);
        return new ReceiveReminderCall(name, tick);
    }
}
