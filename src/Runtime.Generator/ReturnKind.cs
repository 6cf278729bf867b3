namespace Voice.Runtime.Generator;

/// <summary>The awaitable a grain method returns.</summary>
internal enum ReturnKind
{
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}
