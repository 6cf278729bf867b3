namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// The hands of the B2BUA as a call thread sees them: executes <see cref="SipAction"/>s on the nodes they name
/// (locally, or by asking that node's gateway). Implemented by the SIP gateway; the call thread awaits it after its
/// state is stored, so an action is only ever taken for a persisted decision.
/// </summary>
public interface ISipSignalling
{
    /// <summary>The node this process is (where a new call thread's own transactions live).</summary>
    string LocalNodeId { get; }

    /// <summary>Executes <paramref name="actions"/> in order per node; failures are logged, never thrown.</summary>
    Task ExecuteAsync(IReadOnlyList<SipAction> actions);
}
