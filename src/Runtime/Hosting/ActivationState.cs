namespace Voice.Runtime.Hosting;

/// <summary>Lifecycle of an activation; only Active accepts inline calls.</summary>
internal enum ActivationState
{
    Activating,
    Active,
    Deactivating,
    Deactivated,
    Failed,
}
