using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Voice.Runtime.Tests.Grains;

/// <summary>Shared test instrument injected into test grains: gates to hold turns open, and a signal channel.</summary>
public sealed class GrainProbe
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly Channel<string> _signals = Channel.CreateUnbounded<string>();
    private int _inFlight;
    private int _maxInFlight;

    public ConcurrentQueue<string> Log { get; } = new();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public TaskCompletionSource Gate(string name) => _gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Signal(string signal) => _signals.Writer.TryWrite(signal);

    /// <summary>Next signal; the guard only turns a hang into a failure, it never paces a test.</summary>
    public async Task<string> NextSignalAsync() => await _signals.Reader.ReadAsync().AsTask().WaitAsync(Guard);

    public async Task WaitForSignalAsync(string expected)
    {
        while (await NextSignalAsync() != expected)
        {
        }
    }

    public void Enter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }
    }

    public void Exit() => Interlocked.Decrement(ref _inFlight);
}
