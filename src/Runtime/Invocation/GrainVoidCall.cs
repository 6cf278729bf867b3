using System.ComponentModel;
using System.Text.Json;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Invocation;

/// <summary>A call whose method returns Task or ValueTask.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainVoidCall : GrainCall
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task ResultTask => _completion.Task;

    internal override Task Completion => _completion.Task;

    internal override void Complete(Task execution)
    {
        if (execution.IsCompletedSuccessfully)
        {
            _completion.TrySetResult();
        }
        else if (execution.IsCanceled)
        {
            _completion.TrySetCanceled();
        }
        else
        {
            _completion.TrySetException(execution.Exception!.InnerExceptions);
        }
    }

    internal override void Fail(Exception exception) => _completion.TrySetException(exception);

    internal override ReadOnlyMemory<byte> SerializeResult(JsonSerializerOptions options) => ReadOnlyMemory<byte>.Empty;

    internal override void CompleteFromRemote(RemoteGrainResponse response, JsonSerializerOptions options)
    {
        if (response.Error is { } error)
        {
            _completion.TrySetException(ToException(error));
        }
        else
        {
            _completion.TrySetResult();
        }
    }
}
