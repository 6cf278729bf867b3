using Voice.Grains.Routing.Queues;
using static Voice.Grains.Tests.Routing.Queues.QueueTestData;

namespace Voice.Grains.Tests.Routing.Queues;

public sealed class SkillMatchTests
{
    [Theory]
    [InlineData("", "", true)]                              // nothing required, no skills
    [InlineData("", "sales:1", true)]                       // nothing required
    [InlineData("sales:5", "sales:5", true)]                // exactly the level
    [InlineData("sales:5", "sales:9", true)]                // above
    [InlineData("sales:5", "sales:4", false)]               // one below
    [InlineData("sales:5", "support:9", false)]             // missing skill
    [InlineData("sales:5", "", false)]                      // agent without skills
    [InlineData("sales:5,support:3", "sales:6,support:3", true)]
    [InlineData("sales:5,support:3", "sales:6,support:2", false)] // every skill must be met
    [InlineData("sales:5,support:3", "sales:6", false)]
    [InlineData("sales:1", "Sales:9", false)]               // names are case-sensitive
    public void Qualifies(string required, string agent, bool expected) =>
        Assert.Equal(expected, SkillMatch.Qualifies(Skills(required), Skills(agent)));

    [Theory]
    [InlineData("", "sales:9", 0)]
    [InlineData("sales:1", "sales:7,support:9", 7)]
    [InlineData("sales:1,support:1", "sales:7,support:9", 16)]
    public void Score_SumsTheRequiredSkillsOnly(string required, string agent, int expected) =>
        Assert.Equal(expected, SkillMatch.Score(Skills(required), Skills(agent)));
}
