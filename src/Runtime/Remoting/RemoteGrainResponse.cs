namespace Voice.Runtime.Remoting;

/// <summary>Result of a remote call: UTF-8 JSON of the result (empty for void methods), or the grain's error.</summary>
public sealed record RemoteGrainResponse(ReadOnlyMemory<byte> Result, RemoteGrainError? Error)
{
    public static RemoteGrainResponse FromException(Exception exception)
    {
        var type = exception is GrainInvocationException remote ? remote.OriginalExceptionType : exception.GetType().FullName ?? exception.GetType().Name;
        var stack = exception is GrainInvocationException forwarded ? forwarded.RemoteStackTrace : exception.StackTrace;
        return new RemoteGrainResponse(ReadOnlyMemory<byte>.Empty, new RemoteGrainError(type, exception.Message, stack));
    }
}
