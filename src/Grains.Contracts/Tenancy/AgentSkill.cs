namespace Voice.Grains.Contracts.Tenancy;

/// <summary>A skill an agent has, with a level from <see cref="MinLevel"/> (novice) to <see cref="MaxLevel"/> (expert).</summary>
public sealed record AgentSkill(string Name, int Level)
{
    public const int MinLevel = 1;
    public const int MaxLevel = 10;
}
