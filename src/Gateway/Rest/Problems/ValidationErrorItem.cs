namespace Voice.Gateway.Rest.Problems;

/// <summary>One invalid value: where (a path such as "agents[2].skills[0].level"), a stable code, and what is wrong.</summary>
public sealed record ValidationErrorItem(string Path, string Code, string Message);
