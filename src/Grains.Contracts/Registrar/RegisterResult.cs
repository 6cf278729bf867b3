namespace Voice.Grains.Contracts.Registrar;

/// <summary>The bindings after a registration, or why it was refused (nothing changes on a refusal).</summary>
public sealed record RegisterResult(RegisterOutcome Outcome, IReadOnlyList<DeviceBinding> Bindings, int? MinExpires = null)
{
    public bool IsOk => Outcome == RegisterOutcome.Ok;

    public static RegisterResult Ok(IReadOnlyList<DeviceBinding> bindings) => new(RegisterOutcome.Ok, bindings);

    public static RegisterResult TooBrief(int minExpires) => new(RegisterOutcome.IntervalTooBrief, [], minExpires);

    public static RegisterResult OutOfOrder() => new(RegisterOutcome.OutOfOrder, []);
}
