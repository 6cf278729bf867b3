using Voice.Sip.Sdp;

namespace Voice.Sip.Tests.Sdp;

/// <summary>Round trip on generated descriptions: write, parse, write again gives the same text and model.</summary>
public class SdpRoundTripPropertyTests
{
    private static readonly string[] Codecs = ["0 PCMU/8000", "8 PCMA/8000", "9 G722/8000", "101 telephone-event/8000", "111 opus/48000/2"];
    private static readonly string[] Directions = ["sendrecv", "sendonly", "recvonly", "inactive"];

    [Fact]
    public void ToString_GeneratedDescriptions_ParseBackToSameText()
    {
        var random = new Random(4566);
        for (var n = 0; n < 300; n++)
        {
            var original = Generate(random);
            var text = original.ToString();

            var parsed = SdpSamples.Parse(text);

            Assert.Equal(text, parsed.ToString());
            Assert.Equal(original.Media.Count, parsed.Media.Count);
            Assert.Equal(original.Origin.SessionVersion, parsed.Origin.SessionVersion);
            for (var m = 0; m < original.Media.Count; m++)
            {
                Assert.Equal(original.Media[m].GetCodecs(), parsed.Media[m].GetCodecs());
                Assert.Equal(original.GetEffectiveDirection(original.Media[m]), parsed.GetEffectiveDirection(parsed.Media[m]));
            }
        }
    }

    private static SessionDescription Generate(Random random)
    {
        var address = random.Next(2) == 0 ? $"192.0.2.{random.Next(1, 255)}" : $"2001:db8::{random.Next(1, 0xffff):x}";
        var sdp = new SessionDescription(new SdpOrigin("-", random.Next().ToString(), (ulong)random.NextInt64(), "IN", "IP4", "192.0.2.1"));
        sdp.Timings.Add(new SdpTiming("0", "0"));
        if (random.Next(2) == 0)
        {
            sdp.SetConnectionAddress(address);
        }

        if (random.Next(3) == 0)
        {
            sdp.SetDirection(Enum.Parse<SdpDirection>(Directions[random.Next(4)], ignoreCase: true));
        }

        for (var m = random.Next(1, 3); m > 0; m--)
        {
            var chosen = Codecs.Where(_ => random.Next(2) == 0).DefaultIfEmpty(Codecs[0]).ToList();
            var media = new MediaDescription("audio", random.Next(0, 65536), "RTP/AVP", chosen.Select(c => c.Split(' ')[0]));
            media.Attributes.AddRange(chosen.Select(c => new SdpAttribute("rtpmap", c)));
            if (chosen.Contains(Codecs[3]))
            {
                media.Attributes.Add(new SdpAttribute("fmtp", "101 0-" + random.Next(11, 16)));
            }

            if (random.Next(2) == 0)
            {
                media.SetConnectionAddress(address);
            }

            media.Attributes.Add(new SdpAttribute(Directions[random.Next(4)]));
            media.OtherLines.Add(new SdpLine('x', "kept " + m, random.Next(media.Attributes.Count + 1)));
            sdp.Media.Add(media);
        }

        return sdp;
    }
}
