using BenchmarkDotNet.Attributes;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Benchmarks;

/// <summary>
/// Where parse+validate time goes: the validator as a whole on an already parsed INVITE, and the
/// individual header checks it performs, so a regression can be traced to one grammar.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ValidatorBreakdownBenchmarks
{
    private static readonly SipParserOptions NoValidation = new() { Validate = false };
    private readonly ReadOnlyMemory<byte> _invite = BenchMessages.Invite;
    private SipMessage _message = null!;

    [GlobalSetup]
    public void Setup() => _message = SipMessageParser.Parse(_invite, NoValidation).Message!;

    [Benchmark(Description = "Validate (parsed INVITE)")]
    public SipError Validate() => SipMessageValidator.Validate(_message);

    [Benchmark(Description = "Via list")]
    public bool Vias() => _message.TryGetVias(out _, out _);

    [Benchmark(Description = "From name-addr")]
    public bool From() => _message.TryGetNameAddress(HeaderKind.From, out _, out _);

    [Benchmark(Description = "Contact list")]
    public bool Contact() => _message.TryGetNameAddressList(HeaderKind.Contact, out _, out _);

    [Benchmark(Description = "Request-URI")]
    public bool RequestUri() =>
        SipUriParser.TryParse(((SipRequest)_message).RawRequestUri.Span, out _, out _);
}
