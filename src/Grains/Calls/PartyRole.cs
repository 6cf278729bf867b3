namespace Voice.Grains.Calls;

/// <summary>The <c>ThisDNRole</c> / <c>OtherDNRole</c> of call events: which end of the call a party is.</summary>
public static class PartyRole
{
    public const string Origination = "Origination";
    public const string Destination = "Destination";
    public const string ConferenceMember = "ConferenceMember";
}
