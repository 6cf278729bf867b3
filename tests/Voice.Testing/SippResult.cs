namespace Voice.Testing;

/// <summary>What a finished SIPp run reported: its exit code and the final call counters from its statistics file.</summary>
public sealed record SippResult(int ExitCode, long SuccessfulCalls, long FailedCalls, string Output)
{
    public override string ToString() =>
        $"sipp exit {ExitCode}: {SuccessfulCalls} successful, {FailedCalls} failed\n{Output}";
}
