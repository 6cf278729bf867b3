namespace Voice.Grains.Calls;

/// <summary>Timers of a call thread.</summary>
public sealed class CallThreadOptions
{
    /// <summary>How long the destination may ring before the caller gets 480 and the callee legs are cancelled.</summary>
    public TimeSpan NoAnswerTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a released call's state is kept before it is deleted: long enough (64·T1) to answer a retransmitted
    /// BYE or ACK-and-BYE a late 2xx from another fork, even on a node that did not see the release.
    /// </summary>
    public TimeSpan LingerAfterRelease { get; set; } = TimeSpan.FromSeconds(32);
}
