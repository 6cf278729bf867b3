namespace Voice.Runtime.Invocation;

/// <summary>The call chain of the code currently running, flowing through awaits with the ExecutionContext.</summary>
internal static class CallContext
{
    private static readonly AsyncLocal<CallChain?> CurrentChain = new();

    public static CallChain? Current
    {
        get => CurrentChain.Value;
        set => CurrentChain.Value = value;
    }
}
