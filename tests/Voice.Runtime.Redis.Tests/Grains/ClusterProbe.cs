using System.Threading.Channels;

namespace Voice.Runtime.Redis.Tests.Grains;

/// <summary>Shared by every node of a test: what happened where, as a channel of signals (no polling).</summary>
public sealed class ClusterProbe
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private readonly Channel<string> _signals = Channel.CreateUnbounded<string>();

    public void Signal(string signal) => _signals.Writer.TryWrite(signal);

    /// <summary>Waits for <paramref name="expected"/>; the guard only turns a hang into a failure.</summary>
    public async Task WaitForAsync(string expected)
    {
        using var guard = new CancellationTokenSource(Guard);
        try
        {
            while (await _signals.Reader.ReadAsync(guard.Token) != expected)
            {
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Signal '{expected}' never came.");
        }
    }

    /// <summary>Waits until every signal in <paramref name="expected"/> has come, in any order.</summary>
    public async Task WaitForAllAsync(IEnumerable<string> expected)
    {
        var missing = new HashSet<string>(expected, StringComparer.Ordinal);
        using var guard = new CancellationTokenSource(Guard);
        try
        {
            while (missing.Count > 0)
            {
                missing.Remove(await _signals.Reader.ReadAsync(guard.Token));
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Signals never came: {string.Join(", ", missing)}");
        }
    }
}
