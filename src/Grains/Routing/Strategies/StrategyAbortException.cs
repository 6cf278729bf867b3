namespace Voice.Grains.Routing.Strategies;

/// <summary>
/// Ends a run from inside the API or a guard. It is not a JavaScript error, so a script's try/catch cannot
/// swallow it: an invalid argument or a limit fails the run whatever the script does.
/// </summary>
internal sealed class StrategyAbortException(StrategyFailure failure, string message) : Exception(message)
{
    public StrategyFailure Failure { get; } = failure;
}
