using Microsoft.Extensions.Options;

namespace Voice.Runtime.Hosting;

/// <summary>Rejects option values the runtime cannot work with.</summary>
public sealed class GrainRuntimeOptionsValidator : IValidateOptions<GrainRuntimeOptions>
{
    public ValidateOptionsResult Validate(string? name, GrainRuntimeOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.NodeId))
        {
            failures.Add("NodeId must not be empty.");
        }

        if (options.CallTimeout <= TimeSpan.Zero)
        {
            failures.Add("CallTimeout must be positive.");
        }

        if (options.CollectionQuantum <= TimeSpan.Zero)
        {
            failures.Add("CollectionQuantum must be positive.");
        }

        if (options.IdleCollectionAge < options.CollectionQuantum)
        {
            failures.Add("IdleCollectionAge must be at least CollectionQuantum.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
