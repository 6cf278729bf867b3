using Voice.Runtime.Hosting;

namespace Voice.Runtime.Tests.Hosting;

public sealed class GrainRuntimeOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid()
        => Assert.True(new GrainRuntimeOptionsValidator().Validate(null, new GrainRuntimeOptions()).Succeeded);

    [Fact]
    public void NonPositiveTimeoutAndAgeBelowQuantum_AreReported()
    {
        var options = new GrainRuntimeOptions
        {
            CallTimeout = TimeSpan.Zero,
            IdleCollectionAge = TimeSpan.FromSeconds(1),
            CollectionQuantum = TimeSpan.FromMinutes(1),
            NodeId = " ",
        };

        var result = new GrainRuntimeOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
    }
}
