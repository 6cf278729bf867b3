using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Voice.Sip.Message;
using Voice.Sip.Parsing;
using Voice.Sip.Tests.Support;

namespace Voice.Sip.Tests.Message;

/// <summary>
/// Property: every generated wire message parses (datagram and stream), its canonical serialization parses
/// to an equivalent message, and serializing is idempotent.
/// </summary>
public class SipMessageWriterRoundTripTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void ParseSerializeParse_GeneratedRequests_AreEquivalentAndIdempotent() =>
        Check.One(Config, Prop.ForAll(SipWireGenerators.Request.ToArbitrary(), RoundTrips));

    [Fact]
    public void ParseSerializeParse_GeneratedResponses_AreEquivalentAndIdempotent() =>
        Check.One(Config, Prop.ForAll(SipWireGenerators.Response.ToArbitrary(), RoundTrips));

    [Fact]
    public void StreamFramer_GeneratedMessages_FramesExactlyOneWholeMessage() =>
        Check.One(Config, Prop.ForAll(SipWireGenerators.Message.ToArbitrary(), bytes =>
        {
            var status = SipStreamFramer.TryFrame(bytes, SipParserOptions.Default, out var length, out var error);
            var parsed = SipMessageParser.Parse(bytes.AsMemory(), stream: true);
            if (status != FrameStatus.Complete || length != bytes.Length || error != SipError.None || !parsed.Success)
            {
                throw new InvalidOperationException($"{status} {length}/{bytes.Length} {error} {parsed.Error}:\n{Encoding.UTF8.GetString(bytes)}");
            }

            return true;
        }));

    private static bool RoundTrips(byte[] wire)
    {
        var first = SipMessageParser.Parse(wire);
        if (!first.Success)
        {
            throw new InvalidOperationException($"Generated message did not parse ({first.Error}):\n{Encoding.UTF8.GetString(wire)}");
        }

        var serialized = first.Message!.ToBytes();
        var second = SipMessageParser.Parse(serialized);
        if (!second.Success || !SipMessageEquivalence.AreEquivalent(first.Message, second.Message!))
        {
            throw new InvalidOperationException($"Round trip failed ({second.Error}):\n{Encoding.UTF8.GetString(wire)}\n---\n{Encoding.UTF8.GetString(serialized)}");
        }

        return second.Message!.ToBytes().AsSpan().SequenceEqual(serialized);
    }
}
