using System.Collections.Concurrent;
using Voice.Sip.Message;

namespace Voice.Sip.Dialog;

/// <summary>
/// In-memory dialogs keyed by <see cref="DialogId"/>. Forked early dialogs of one call share the Call-ID and local
/// tag but differ in remote tag, so each is its own entry.
/// </summary>
public sealed class SipDialogStore
{
    private readonly ConcurrentDictionary<DialogId, SipDialog> _dialogs = new();

    public int Count => _dialogs.Count;

    public bool TryAdd(SipDialog dialog) => _dialogs.TryAdd(dialog.Id, dialog);

    public bool TryGet(DialogId id, out SipDialog dialog) => _dialogs.TryGetValue(id, out dialog!);

    /// <summary>The dialog a message belongs to (see <see cref="DialogId.FromMessage"/> for <paramref name="isUas"/>).</summary>
    public bool TryFind(SipMessage message, bool isUas, out SipDialog dialog)
    {
        dialog = null!;
        return DialogId.TryFromMessage(message, isUas, out var id, out _) && _dialogs.TryGetValue(id, out dialog!);
    }

    public bool Remove(DialogId id) => _dialogs.TryRemove(id, out _);

    /// <summary>Drops every terminated dialog; returns how many went.</summary>
    public int RemoveTerminated()
    {
        var removed = 0;
        foreach (var (id, dialog) in _dialogs)
        {
            if (dialog.State == DialogState.Terminated && _dialogs.TryRemove(id, out _))
            {
                removed++;
            }
        }

        return removed;
    }
}
