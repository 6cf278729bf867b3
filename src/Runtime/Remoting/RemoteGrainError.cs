namespace Voice.Runtime.Remoting;

/// <summary>A remote grain's exception, as text.</summary>
public sealed record RemoteGrainError(string ExceptionType, string Message, string? StackTrace);
