namespace Voice.Runtime.Http.Tests.Grains;

public sealed record Shipment(string Id, IReadOnlyList<string> Items, decimal Weight, DateTimeOffset Sent);
