using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Jint.Parser;
using Jint.Parser.Ast;

namespace Voice.Grains.Routing.Strategies;

/// <summary>
/// Parses each strategy source once (keyed by its SHA-256) and lends the parsed program to runs.
/// Jint 2.10 writes caches into the syntax tree while it runs (<c>Literal.CachedValue</c>,
/// <c>CallExpression.CachedArguments</c>) without synchronisation, so one tree is never run by two threads at
/// once: a run borrows an idle copy, or parses another when all are busy, and gives it back afterwards.
/// Literal values are primitives that belong to no engine; cached call arguments can be a RegExp of the engine
/// that ran first, so that cache is turned off at parse time (<see cref="ArgumentCaching"/>). With that, a tree
/// is safe to run again on the next run's engine.
/// </summary>
public sealed class StrategyProgramCache
{
    private const int MaxSources = 256;
    private const int MaxIdleCopies = 8;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _parses;

    /// <summary>How many times a source was parsed (for tests and metrics).</summary>
    public int Parses => Volatile.Read(ref _parses);

    internal Lease Rent(string source)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
        if (!_entries.TryGetValue(key, out var entry))
        {
            // Tenants change strategies rarely; when many versions pile up, starting over is simpler than LRU.
            if (_entries.Count >= MaxSources)
            {
                _entries.Clear();
            }

            entry = _entries.GetOrAdd(key, _ => new Entry());
        }

        if (entry.SyntaxError is { } error)
        {
            return new Lease(null, error, null);
        }

        if (entry.Idle.TryTake(out var idle))
        {
            return new Lease(idle, null, entry);
        }

        Interlocked.Increment(ref _parses);
        try
        {
            var program = new JavaScriptParser().Parse(source);
            ArgumentCaching.Disable(program);
            return new Lease(program, null, entry);
        }
        catch (ParserException e)
        {
            entry.SyntaxError = e.Message;
            return new Lease(null, e.Message, null);
        }
    }

    internal static void Return(Lease lease)
    {
        if (lease is { Program: { } program, Owner: { } owner } && owner.Idle.Count < MaxIdleCopies)
        {
            owner.Idle.Add(program);
        }
    }

    internal sealed class Entry
    {
        public ConcurrentBag<Program> Idle { get; } = [];

        public volatile string? SyntaxError;
    }

    /// <summary>A borrowed program, or the parse error of its source.</summary>
    internal readonly record struct Lease(Program? Program, string? SyntaxError, Entry? Owner);
}
