using BenchmarkDotNet.Attributes;
using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Benchmarks;

/// <summary>The receive path: parse (with and without validation), typed reads, and serialization.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ParseBenchmarks
{
    private static readonly SipParserOptions NoValidation = new() { Validate = false };
    private readonly ReadOnlyMemory<byte> _invite = BenchMessages.Invite;
    private readonly ReadOnlyMemory<byte> _ok = BenchMessages.Ok;
    private SipMessage _parsedInvite = null!;

    [GlobalSetup]
    public void Setup()
    {
        var result = SipMessageParser.Parse(_invite);
        if (!result.Success || !SipMessageParser.Parse(_ok).Success)
        {
            throw new InvalidOperationException($"Benchmark messages must parse: {result.Error}");
        }

        _parsedInvite = result.Message!;
    }

    [Benchmark(Baseline = true, Description = "INVITE parse+validate")]
    public SipMessage? ParseValidateInvite() => SipMessageParser.Parse(_invite).Message;

    [Benchmark(Description = "200 OK parse+validate")]
    public SipMessage? ParseValidateOk() => SipMessageParser.Parse(_ok).Message;

    [Benchmark(Description = "INVITE parse only")]
    public SipMessage? ParseOnlyInvite() => SipMessageParser.Parse(_invite, NoValidation).Message;

    [Benchmark(Description = "INVITE ToBytes")]
    public byte[] SerializeInvite() => _parsedInvite.ToBytes();

    [Benchmark(Description = "INVITE read CallId+CSeq+TopVia")]
    public int ReadCoreHeaders()
    {
        string callId = _parsedInvite.CallId;
        CSeqHeader cseq = _parsedInvite.CSeq;
        ViaHeader top = _parsedInvite.TopVia;
        return callId.Length + (int)cseq.Number + top.Branch!.Length;
    }
}
