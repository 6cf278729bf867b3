using System.Text;

namespace Voice.Cli.Tests.Events;

/// <summary>Standard output for an in-process command: collects lines and lets a test wait for the Nth.</summary>
internal sealed class LineWriter : TextWriter
{
    private readonly object _gate = new();
    private readonly StringBuilder _partial = new();
    private readonly List<string> _lines = [];
    private readonly List<(int Count, TaskCompletionSource Seen)> _waiters = [];

    public override Encoding Encoding => Encoding.UTF8;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public override void Write(char value)
    {
        lock (_gate)
        {
            if (value != '\n')
            {
                _partial.Append(value);
                return;
            }

            _lines.Add(_partial.ToString());
            _partial.Clear();
            foreach (var (count, seen) in _waiters.Where(w => _lines.Count >= w.Count))
            {
                seen.TrySetResult();
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> lines were written.</summary>
    public Task WaitForLinesAsync(int count, TimeSpan limit)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_lines.Count >= count)
            {
                return Task.CompletedTask;
            }

            _waiters.Add((count, seen));
        }

        return seen.Task.WaitAsync(limit);
    }
}
