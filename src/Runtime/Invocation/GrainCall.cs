using System.ComponentModel;
using System.Text.Json;
using Voice.Runtime.Hosting;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Invocation;

/// <summary>
/// Base of the generated per-method call objects: they hold the arguments, invoke the grain method directly and
/// (for remote calls) write the arguments as JSON. Used only when a call cannot take the inline fast path.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainCall : ActivationWorkItem
{
    private protected GrainCall()
    {
    }

    public abstract int MethodId { get; }

    /// <summary>Calls the grain method; returns its task (ValueTask results converted with AsTask).</summary>
    public abstract Task InvokeGrain(object grain);

    /// <summary>Writes the serializable arguments as one JSON array.</summary>
    public abstract void WriteArguments(Utf8JsonWriter writer, JsonSerializerOptions options);

    internal GrainId TargetId { get; set; }

    internal GrainInterfaceDescriptor? Descriptor { get; set; }

    internal abstract Task Completion { get; }

    internal abstract void Fail(Exception exception);

    internal abstract ReadOnlyMemory<byte> SerializeResult(JsonSerializerOptions options);

    internal abstract void CompleteFromRemote(RemoteGrainResponse response, JsonSerializerOptions options);

    internal override Task Execute(GrainActivation activation) => InvokeGrain(activation.Instance);

    internal override void Abandon(GrainActivation activation, Exception? activationError)
    {
        if (activationError is not null)
        {
            Fail(activationError);
        }
        else
        {
            // Deactivated before this call ran: route it again, which activates the grain afresh (possibly elsewhere).
            activation.Runtime.Route(this);
        }
    }

    private protected static GrainInvocationException ToException(RemoteGrainError error)
        => new(error.ExceptionType, error.Message, error.StackTrace);
}
