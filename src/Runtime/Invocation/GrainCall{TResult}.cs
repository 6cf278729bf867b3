using System.ComponentModel;
using System.Text.Json;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Invocation;

/// <summary>A call whose method returns Task&lt;TResult&gt; or ValueTask&lt;TResult&gt;.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainCall<TResult> : GrainCall
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<TResult> ResultTask => _completion.Task;

    internal override Task Completion => _completion.Task;

    internal override void Complete(Task execution)
    {
        if (execution.IsCompletedSuccessfully)
        {
            _completion.TrySetResult(((Task<TResult>)execution).Result);
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

    internal override ReadOnlyMemory<byte> SerializeResult(JsonSerializerOptions options)
        => JsonSerializer.SerializeToUtf8Bytes(_completion.Task.Result, GrainJson.TypeInfo<TResult>(options));

    internal override void CompleteFromRemote(RemoteGrainResponse response, JsonSerializerOptions options)
    {
        if (response.Error is { } error)
        {
            _completion.TrySetException(ToException(error));
            return;
        }

        try
        {
            _completion.TrySetResult(JsonSerializer.Deserialize(response.Result.Span, GrainJson.TypeInfo<TResult>(options))!);
        }
        catch (JsonException ex)
        {
            _completion.TrySetException(ex);
        }
    }
}
