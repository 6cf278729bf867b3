using System.Text.Json;

namespace Voice.Runtime.Invocation;

/// <summary>Call object for <see cref="IRemindable.ReceiveReminderAsync"/>.</summary>
internal sealed class ReceiveReminderCall(string reminderName, ReminderTick tick) : GrainVoidCall
{
    public override int MethodId => RemindableInvoker.ReceiveReminderMethodId;

    public override Task InvokeGrain(object grain)
        => grain is IRemindable remindable
            ? remindable.ReceiveReminderAsync(reminderName, tick)
            : Task.FromException(new InvalidOperationException($"Grain {grain.GetType().FullName} has reminders but does not implement IRemindable."));

    public override void WriteArguments(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        GrainJson.WriteArgument(writer, reminderName, options);
        GrainJson.WriteArgument(writer, tick, options);
        writer.WriteEndArray();
    }
}
