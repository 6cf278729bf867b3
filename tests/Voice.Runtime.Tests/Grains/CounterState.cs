namespace Voice.Runtime.Tests.Grains;

public sealed class CounterState
{
    public int Value { get; set; }
}
