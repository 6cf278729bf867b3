using System.Net.Http;
using Voice.Runtime;
using Voice.Runtime.Placement;

namespace Voice.Gateway.Sip.Calls;

/// <summary>
/// Retries a non-INVITE in-dialog request (BYE, OPTIONS, NOTIFY …) whose call thread cannot be reached for a moment —
/// its node just died and its slot is changing hands. The peer's non-INVITE transaction waits 32 s (Timer F), so a
/// few seconds of retries here turn a failover into a slow 200 instead of a 503 that ends the peer's side of the call.
/// Safe to repeat: the call answers a repeated BYE as it answered the first (its CSeq check), and nothing else it
/// does for these methods changes twice.
/// </summary>
internal static class InDialogRetry
{
    /// <summary>How long to keep trying: well inside Timer F, longer than a slot takeover after a crash.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(12);

    public static async Task<T> RunAsync<T>(Func<Task<T>> call, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var started = time.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransient(ex) && time.GetElapsedTime(started) + pause < Budget)
            {
                await Task.Delay(pause, time).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
        }
    }

    /// <summary>Failures of reaching the grain (not of what it decided): worth another try after a pause.</summary>
    private static bool IsTransient(Exception ex) =>
        ex is GrainCallTimeoutException or PlacementUnavailableException or IOException or HttpRequestException;
}
