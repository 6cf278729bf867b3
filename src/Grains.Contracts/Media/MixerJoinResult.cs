namespace Voice.Grains.Contracts.Media;

/// <summary>The mixer's SDP answer for a participant, or the reason its offer cannot be mixed (then answer with 488).</summary>
public sealed record MixerJoinResult(string? Answer, string? Error)
{
    public bool IsOk => Answer is not null;

    public static MixerJoinResult Joined(string answer) => new(answer, null);

    public static MixerJoinResult Refused(string error) => new(null, error);
}
