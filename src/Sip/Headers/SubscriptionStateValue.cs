namespace Voice.Sip.Headers;

/// <summary>substate-value of Subscription-State (RFC 6665 §8.2.3).</summary>
public enum SubscriptionStateValue
{
    /// <summary>An extension-substate token the stack does not know.</summary>
    Extension = 0,
    Active,
    Pending,
    Terminated,
}
