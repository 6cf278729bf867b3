using Voice.Redis.Protocol;

namespace Voice.Redis.Connection;

/// <summary>A command waiting to be written and then for its reply.</summary>
internal sealed class PendingCommand
{
    private readonly TaskCompletionSource<RedisReply> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PendingCommand(string name, RedisValue[] arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    public string Name { get; }

    public RedisValue[] Arguments { get; }

    public Task<RedisReply> Task => _completion.Task;

    /// <summary>True once the caller gave up (timeout, cancellation) or the command finished.</summary>
    public bool IsFinished => _completion.Task.IsCompleted;

    public void Complete(RedisReply reply)
    {
        if (reply.IsError)
        {
            _completion.TrySetException(RedisErrors.FromReply(Name, reply));
        }
        else
        {
            _completion.TrySetResult(reply);
        }
    }

    public void Fail(Exception exception) => _completion.TrySetException(exception);

    /// <summary>
    /// The caller stopped waiting. Cancelled rather than faulted so a late reply or failure raises no
    /// unobserved-exception noise; a command abandoned before it was written is never sent.
    /// </summary>
    public void Abandon() => _completion.TrySetCanceled();
}
