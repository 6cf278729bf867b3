namespace Voice.Grains.Calls;

/// <summary>What a consultation leads to when completed.</summary>
public static class ConsultationKinds
{
    public const string Transfer = "transfer";
    public const string Conference = "conference";
}
