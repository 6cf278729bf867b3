namespace Voice.Runtime.Http.Streams;

/// <summary>The call stream failed before this call's frame was written: the call did not run and may be re-sent.</summary>
internal sealed class CallNotSentException : Exception
{
    public CallNotSentException()
        : this("The call was not sent.")
    {
    }

    public CallNotSentException(string message)
        : base(message)
    {
    }

    public CallNotSentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
