using BenchmarkDotNet.Attributes;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Benchmarks;

/// <summary>
/// Shows that headers nobody reads cost only their slot in the header array: the INVITE with 20 extra
/// unknown headers should allocate no more than the plain one plus the larger array.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class UnknownHeaderBenchmarks
{
    private ReadOnlyMemory<byte> _message;

    [Params(0, 20)]
    public int ExtraUnknownHeaders { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _message = BenchMessages.BuildInvite(ExtraUnknownHeaders);
        var result = SipMessageParser.Parse(_message);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Benchmark message must parse: {result.Error}");
        }
    }

    [Benchmark(Description = "INVITE parse+validate")]
    public SipMessage? ParseValidate() => SipMessageParser.Parse(_message).Message;
}
