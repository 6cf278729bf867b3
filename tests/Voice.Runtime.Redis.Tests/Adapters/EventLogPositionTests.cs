using Voice.Runtime.Redis.Adapters;

namespace Voice.Runtime.Redis.Tests.Adapters;

public class EventLogPositionTests
{
    [Fact]
    public void IdBefore_NextPosition_IsTheEntryIdItself()
    {
        var position = EventLogPosition.FromEntryId("1700000000123-7");

        Assert.Equal("1700000000123-7", EventLogPosition.IdBefore(position + 1));
        Assert.Equal("1700000000123-6", EventLogPosition.IdBefore(position));
    }

    [Fact]
    public void FromEntryId_LaterIds_GiveHigherPositions()
    {
        Assert.True(EventLogPosition.FromEntryId("5-1048575") < EventLogPosition.FromEntryId("6-0"));
        Assert.True(EventLogPosition.FromEntryId("6-0") < EventLogPosition.FromEntryId("6-1"));
    }

    [Fact]
    public void IdBefore_StartPositions_ReadFromTheBeginning()
    {
        Assert.Equal("0-0", EventLogPosition.IdBefore(0));
        Assert.Equal("0-0", EventLogPosition.IdBefore(1));
    }
}
