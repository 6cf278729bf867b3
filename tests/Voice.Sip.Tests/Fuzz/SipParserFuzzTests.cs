using System.Text;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Fuzz;

/// <summary>
/// Feeds 100,000 seeded mutations of the valid corpus through the parser (datagram, stream, unvalidated),
/// the stream framer and every typed accessor. The only exception tolerated anywhere is
/// <see cref="SipParseException"/> from a throwing accessor; anything else fails with the input that caused it.
/// </summary>
[Trait("Category", "Fuzz")]
public class SipParserFuzzTests
{
    private const int Iterations = 100_000;
    private const int Seed = 0x5EED_3261;
    private static readonly TimeSpan TimeCap = TimeSpan.FromSeconds(120);
    private static readonly SipParserOptions Unvalidated = SipParserOptions.Default with { Validate = false };

    [Fact]
    public void Parser_HundredThousandMutatedMessages_NeverThrowsUnexpectedly()
    {
        var seeds = LoadSeeds();
        var mutator = new SipMessageMutator(Seed);
        var random = new Random(Seed);
        var started = TimeProvider.System.GetTimestamp();
        var outcomes = new int[Enum.GetValues<SipError>().Length];

        for (var i = 0; i < Iterations; i++)
        {
            var input = mutator.Mutate(seeds[random.Next(seeds.Count)]);
            try
            {
                outcomes[(int)Exercise(input)]++;
            }
            catch (Exception e) when (e is not SipParseException)
            {
                Assert.Fail($"Iteration {i}: {e.GetType().Name}: {e.Message}\nInput (base64): {Convert.ToBase64String(input)}\n" +
                    $"Input (text): {Encoding.Latin1.GetString(input)}\n{e.StackTrace}");
            }
        }

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        Assert.True(elapsed < TimeCap, $"Fuzz run took {elapsed}; a parser path may be quadratic or hanging.");
        // The mutations must reach both outcomes, or the run proves nothing about error paths.
        Assert.True(outcomes[(int)SipError.None] > Iterations / 50, $"only {outcomes[0]} mutated messages parsed");
        Assert.True(outcomes.Count(n => n > 0) > 20, "mutations reached too few distinct errors");
    }

    private static SipError Exercise(byte[] input)
    {
        var datagram = SipMessageParser.Parse(input.AsMemory());
        var stream = SipMessageParser.Parse(input.AsMemory(), stream: true);
        var lenient = SipMessageParser.Parse(input.AsMemory(), Unvalidated);
        _ = SipStreamFramer.TryFrame(input, SipParserOptions.Default, out var length, out _);
        Assert.InRange(length, 0, input.Length);
        foreach (var message in (SipMessage?[])[datagram.Message, stream.Message, lenient.Message])
        {
            if (message is not null)
            {
                TypedAccessorProbe.ReadEverything(message);
            }
        }

        return datagram.Error;
    }

    private static List<byte[]> LoadSeeds()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Corpus", "valid");
        var seeds = Directory.GetFiles(directory, "*.sip").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        seeds.Add(TestMessages.Bytes(TestMessages.Invite));
        return seeds;
    }
}
