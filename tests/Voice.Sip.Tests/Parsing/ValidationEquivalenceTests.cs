using System.Text;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

/// <summary>
/// The allocation-free Validate entry points must give exactly the verdict and error of the TryParse forms
/// they replace on the receive path. Checked on realistic values and thousands of random mutations of them.
/// </summary>
public class ValidationEquivalenceTests
{
    private const string Alphabet = ";=,\"<>@:[]/ \t%?\\.-_!*'()+&$~#0123456789abcdefABCDEFsiprtl";
    private const int MutationsPerSeed = 400;

    private static readonly string[] UriSeeds =
    [
        "sip:+15551234567@gw1.carrier.example.net;user=phone",
        "sips:alice:secret@[2001:db8::1]:5061;transport=tls;lr?subject=hi&x=y",
        "sip:bob@192.0.2.4:5060;maddr=239.1.1.1;ttl=15",
        "tel:+1-201-555-0123;phone-context=example.com",
        "urn:service:sos",
        "SIP:Carol@Example.COM;LR;lr",
    ];

    private static readonly string[] NameAddressSeeds =
    [
        "\"Agent 1001\" <sip:1001@cc.example.com>;tag=8f3a2b1c",
        "Bob <sip:bob@biloxi.example.com;transport=udp>;tag=a;q=0.7;expires=3600",
        "sip:alice@atlanta.example.com;tag=88sja8x",
        "<sip:203.0.113.10;lr>, <sip:198.51.100.20;lr;ftag=x>",
        "\"quoted \\\" name\" <tel:+15550100>;TAG=1;tag=2",
    ];

    private static readonly string[] ViaSeeds =
    [
        "SIP/2.0/UDP 203.0.113.10:5060;rport;branch=z9hG4bK-524287-1-7a3f9c2e1d",
        "SIP / 2.0 / TCP [2001:db8::9]:5070;branch=z9hG4bKa;received=192.0.2.1;rport=5071, SIP/2.0/UDP h.example.com",
        "SIP/2.0/UDP 192.0.2.1;ttl=16;maddr=224.2.0.1;branch=z9hG4bKb;TTL=3",
        "SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bKc;rport=0;ttl=\"5\"",
        "SIP/2.0/UDP h;a;b;c;d;e;f;g;i;j;ttl=25;rport=5060;branch=z9hG4bKd", // past the 8 stack slots
    ];

    [Fact]
    public void SipUriParserValidate_MutatedUris_MatchesTryParse() =>
        ForEachMutation(UriSeeds, 1, bytes =>
        {
            var expected = SipUriParser.TryParse(bytes, out _, out var e1);
            return (expected, e1, SipUriParser.Validate(bytes, out var e2), e2);
        });

    [Fact]
    public void NameAddressParserValidate_MutatedValues_MatchesTryParse() =>
        ForEachMutation(NameAddressSeeds, 2, bytes =>
        {
            var expected = NameAddressParser.TryParse(bytes, out _, out var e1);
            return (expected, e1, NameAddressParser.Validate(bytes, out var e2), e2);
        });

    [Fact]
    public void NameAddressParserValidateList_MutatedValues_MatchesTryParseList() =>
        ForEachMutation(NameAddressSeeds, 3, bytes =>
        {
            var expected = NameAddressParser.TryParseList(bytes, [], out var e1);
            return (expected, e1, NameAddressParser.ValidateList(bytes, out var e2), e2);
        });

    [Fact]
    public void ViaParserValidateList_MutatedValues_MatchesTryParseList() =>
        ForEachMutation(ViaSeeds, 4, bytes =>
        {
            var expected = ViaParser.TryParseList(bytes, [], out var e1);
            return (expected, e1, ViaParser.ValidateList(bytes, out var e2), e2);
        });

    [Fact]
    public void ParameterParserValidate_MutatedValues_MatchesTryParse() =>
        ForEachMutation([";tag=1;lr;q=0.5;x=\"a;b\"", " ; a = b ;A=c", ";received=[2001:db8::1];rport"], 5, bytes =>
        {
            var expected = ParameterParser.TryParse(bytes, out _, out var e1);
            return (expected, e1, ParameterParser.Validate(bytes, out var e2), e2);
        });

    [Fact]
    public void ParameterParserValidate_MoreParametersThanStackSlots_StillFindsDuplicates()
    {
        var many = string.Concat(Enumerable.Range(0, 40).Select(i => $";p{i}=v")) + ";P3=again";

        Assert.False(ParameterParser.Validate(Encoding.ASCII.GetBytes(many), out var error));
        Assert.Equal(SipError.MalformedParameter, error);
    }

    [Fact]
    public void IndexOfUnquoted_MutatedValues_MatchesCharacterByCharacterScan() =>
        ForEachMutation([.. NameAddressSeeds, .. ViaSeeds], 6, bytes =>
        {
            var expected = ReferenceIndexOfUnquoted(bytes, (byte)',');
            var actual = SipLexer.IndexOfUnquoted(bytes, (byte)',');
            return (expected >= 0, (SipError)(expected + 2), actual >= 0, (SipError)(actual + 2));
        });

    // The original one-byte-at-a-time scan, kept as the oracle for the vectorized one.
    private static int ReferenceIndexOfUnquoted(ReadOnlySpan<byte> span, byte target)
    {
        var angle = false;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '"')
            {
                var end = SipLexer.SkipQuoted(span, i);
                if (end < 0)
                {
                    return -2;
                }

                i = end - 1;
            }
            else if (c is (byte)'<' or (byte)'>')
            {
                angle = c == '<';
            }
            else if (c == target && !angle)
            {
                return i;
            }
        }

        return angle ? -2 : -1;
    }

    [Theory]
    [InlineData(";P3=again", false)]
    [InlineData(";p40", true)]
    public void SipUriParserValidate_MoreUriParametersThanStackSlots_MatchesTryParse(string last, bool valid)
    {
        var uri = Encoding.ASCII.GetBytes("sip:a@b" + string.Concat(Enumerable.Range(0, 20).Select(i => $";p{i}=v")) + last);

        Assert.Equal(valid, SipUriParser.TryParse(uri, out _, out _));
        Assert.Equal(valid, SipUriParser.Validate(uri, out _));
    }

    private static void ForEachMutation(string[] seeds, int seed, Func<byte[], (bool Expected, SipError ExpectedError, bool Actual, SipError ActualError)> compare)
    {
        var random = new Random(seed);
        var accepted = 0;
        var rejected = 0;
        foreach (var text in seeds)
        {
            for (var n = 0; n <= MutationsPerSeed; n++)
            {
                var value = n == 0 ? text : Mutate(text, random);
                var (expected, expectedError, actual, actualError) = compare(Encoding.UTF8.GetBytes(value));
                Assert.True(expected == actual && expectedError == actualError,
                    $"'{value}': TryParse=({expected}, {expectedError}) Validate=({actual}, {actualError})");
                _ = expected ? accepted++ : rejected++;
            }
        }

        // The corpus must exercise both verdicts, or the comparison proves little.
        Assert.True(accepted > seeds.Length && rejected > seeds.Length, $"accepted {accepted}, rejected {rejected}");
    }

    private static string Mutate(string text, Random random)
    {
        var chars = new StringBuilder(text);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(chars.Length + 1);
            var c = Alphabet[random.Next(Alphabet.Length)];
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, c);
                    break;
                case 1 when at < chars.Length:
                    chars.Remove(at, 1);
                    break;
                default:
                    if (at < chars.Length)
                    {
                        chars[at] = c;
                    }

                    break;
            }
        }

        return chars.ToString();
    }
}
