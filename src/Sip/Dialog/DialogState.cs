namespace Voice.Sip.Dialog;

/// <summary>RFC 3261 §12: a dialog created by a provisional response is early; a 2xx confirms it.</summary>
public enum DialogState
{
    Early,
    Confirmed,
    Terminated,
}
