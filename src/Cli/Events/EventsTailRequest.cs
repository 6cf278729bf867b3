namespace Voice.Cli.Events;

/// <summary>What <c>voicectl events tail</c> prints, whichever source it reads.</summary>
/// <param name="Topic">Event topic (stream name).</param>
/// <param name="From">First position to print; null = only events appended from now on.</param>
/// <param name="Count">Stop after this many printed events; null = until Ctrl-C.</param>
/// <param name="Key">Print only this key's events; null = every key.</param>
internal sealed record EventsTailRequest(string Topic, long? From, int? Count, string? Key);
