namespace Voice.Grains.Routing.Strategies;

/// <summary>Why a strategy gave no usable routing; the caller then uses the route point's default target.</summary>
public enum StrategyFailure
{
    /// <summary>The source is not valid ES5.</summary>
    SyntaxError,

    /// <summary>The source is longer than <see cref="StrategyLimits.MaxSourceLength"/>.</summary>
    SourceTooLarge,

    /// <summary>The script defines no <c>route</c> function.</summary>
    NoRouteFunction,

    /// <summary>The script threw (a JavaScript error it did not catch).</summary>
    ScriptError,

    /// <summary>The run took longer than <see cref="StrategyLimits.Timeout"/>.</summary>
    Timeout,

    /// <summary>The run executed more than <see cref="StrategyLimits.MaxStatements"/> statements.</summary>
    StatementLimit,

    /// <summary>Calls nested deeper than <see cref="StrategyLimits.MaxRecursionDepth"/>.</summary>
    RecursionLimit,

    /// <summary>
    /// The run allocated more than <see cref="StrategyLimits.MaxAllocatedBytes"/>, or asked a built-in to walk an
    /// array longer than <see cref="StrategyLimits.MaxArrayLength"/>.
    /// </summary>
    MemoryLimit,

    /// <summary>An API function was called with arguments it does not accept.</summary>
    InvalidArgument,

    /// <summary>More than <see cref="StrategyLimits.MaxInstructions"/> instructions.</summary>
    TooManyInstructions,

    /// <summary><c>route</c> returned without naming a target (queue, agent, DN or default).</summary>
    NoTarget,
}
