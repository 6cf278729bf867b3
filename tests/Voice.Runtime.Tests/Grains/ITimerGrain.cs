namespace Voice.Runtime.Tests.Grains;

[GrainType("timer")]
public interface ITimerGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan period);

    Task<int> TicksAsync();

    Task HoldAsync(string gate);

    Task RegisterReminderAsync(string name, TimeSpan period);

    Task DeactivateAsync();
}
