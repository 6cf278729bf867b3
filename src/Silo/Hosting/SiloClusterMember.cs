namespace Voice.Silo.Hosting;

/// <summary>One live node and the number of slots whose lease it holds.</summary>
public sealed record SiloClusterMember(string NodeId, string HttpAddress, int Slots);
