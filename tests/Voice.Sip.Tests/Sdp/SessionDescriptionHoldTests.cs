using Voice.Sip.Sdp;

namespace Voice.Sip.Tests.Sdp;

public class SessionDescriptionHoldTests
{
    private static SessionDescription WithMediaDirection(string direction, string address = "192.0.2.10") =>
        SdpSamples.Parse(
            SdpSamples.AudioOfferIpv4
                .Replace("a=sendrecv", direction, StringComparison.Ordinal)
                .Replace("c=IN IP4 192.0.2.10", "c=IN IP4 " + address, StringComparison.Ordinal));

    [Theory]
    [InlineData("a=sendrecv", false)]
    [InlineData("a=recvonly", false)]
    [InlineData("a=sendonly", true)]
    [InlineData("a=inactive", true)]
    public void IsOnHold_Direction_FollowsRfc3264Section84(string direction, bool expected)
    {
        var sdp = WithMediaDirection(direction);

        Assert.Equal(expected, sdp.IsOnHold);
        Assert.Equal(expected, sdp.IsMediaOnHold(sdp.Media[0]));
    }

    [Fact]
    public void IsOnHold_LegacyZeroConnectionAddress_IsHold()
    {
        var sdp = WithMediaDirection("a=sendrecv", "0.0.0.0");

        Assert.True(sdp.IsOnHold);
    }

    [Fact]
    public void IsOnHold_OnlyRejectedStreams_IsNotHold()
    {
        var sdp = WithMediaDirection("a=inactive");
        sdp.Media[0].Port = 0;

        Assert.False(sdp.IsOnHold);
    }

    [Theory]
    [InlineData("a=sendrecv", SdpDirection.SendOnly)]
    [InlineData("a=recvonly", SdpDirection.Inactive)]
    [InlineData("a=sendonly", SdpDirection.SendOnly)]
    [InlineData("a=inactive", SdpDirection.Inactive)]
    public void CreateHoldOffer_Direction_MapsPerRfc3264AndIncrementsVersion(string direction, SdpDirection expected)
    {
        var sdp = WithMediaDirection(direction);

        var hold = sdp.CreateHoldOffer();

        Assert.Equal(expected, hold.GetEffectiveDirection(hold.Media[0]));
        Assert.True(hold.IsOnHold);
        Assert.Equal(sdp.Origin.SessionVersion + 1, hold.Origin.SessionVersion);
        Assert.Equal(direction, "a=" + SdpDirections.ToAttributeName(sdp.GetEffectiveDirection(sdp.Media[0])));
    }

    [Fact]
    public void CreateHoldOffer_NoDirectionAttribute_WritesMediaLevelSendOnly()
    {
        var sdp = WithMediaDirection("a=ptime:30");

        var hold = sdp.CreateHoldOffer();

        Assert.Equal(SdpDirection.SendOnly, hold.Media[0].ExplicitDirection);
        Assert.Contains("a=sendonly\r\n", hold.ToString(), StringComparison.Ordinal);
        Assert.Contains("o=alice 2890844526 2890844527 IN IP4", hold.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a=sendonly", SdpDirection.SendRecv)]
    [InlineData("a=inactive", SdpDirection.RecvOnly)]
    public void CreateRetrieveOffer_HeldStream_ResumesAndIncrementsVersion(string direction, SdpDirection expected)
    {
        var held = WithMediaDirection(direction);

        var retrieve = held.CreateRetrieveOffer();

        Assert.Equal(expected, retrieve.GetEffectiveDirection(retrieve.Media[0]));
        Assert.False(retrieve.IsOnHold);
        Assert.Equal(held.Origin.SessionVersion + 1, retrieve.Origin.SessionVersion);
    }

    [Fact]
    public void CreateRetrieveOffer_LegacyZeroAddress_ReplacedByGivenAddress()
    {
        var held = WithMediaDirection("a=sendrecv", "0.0.0.0");

        var retrieve = held.CreateRetrieveOffer("203.0.113.5");

        Assert.Equal("203.0.113.5", retrieve.GetConnectionAddress(retrieve.Media[0]));
        Assert.False(retrieve.IsOnHold);
        Assert.Equal("0.0.0.0", held.Connection!.Address);
    }

    [Fact]
    public void HoldThenRetrieve_EachOffer_VersionGoesUpByOne()
    {
        var offer = SdpSamples.Parse(SdpSamples.AudioOfferIpv4);

        var hold = offer.CreateHoldOffer();
        var retrieve = hold.CreateRetrieveOffer();
        retrieve.IncrementVersion();

        Assert.Equal(offer.Origin.SessionVersion + 3, retrieve.Origin.SessionVersion);
        Assert.Equal(SdpDirection.SendRecv, retrieve.GetEffectiveDirection(retrieve.Media[0]));
    }
}
