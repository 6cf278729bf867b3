namespace Voice.Runtime.Redis.Tests.Grains;

public sealed class LedgerState
{
    public int Total { get; set; }
}
