using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    private static bool IsBridgeResponse(MediaBridge bridge, CallLeg leg, LegResponse response) =>
        (bridge.SourceLegId is null && bridge.SourceLegIds.Contains(leg.Id) && response.CSeq == bridge.SourceCSeq)
        || (leg.Id == bridge.TargetLegId && bridge.TargetCSeq != 0 && response.CSeq == bridge.TargetCSeq);

    /// <summary>
    /// Starts a bridge whose sources are new legs (a destination rung on each of its contacts, INVITE without SDP),
    /// connecting whichever answers first with <paramref name="target"/>.
    /// </summary>
    private void StartBridgeToNewLegs(CallChange change, string purpose, IReadOnlyList<CallLeg> sources, CallLeg target)
    {
        foreach (var leg in sources)
        {
            State.Callees.Add(leg);
            change.Actions.Add(AddedInviteAction(leg));
        }

        State.Bridge = new MediaBridge
        {
            Purpose = purpose,
            SourceLegIds = [.. sources.Select(l => l.Id)],
            SourceCSeq = sources[0].InviteCSeq,
            TargetLegId = target.Id,
            RingDeadline = time.GetUtcNow() + _options.NoAnswerTimeout,
        };
    }

    /// <summary>Starts a bridge asking an existing leg for a new offer (re-INVITE without SDP) for <paramref name="target"/>.</summary>
    private void StartBridgeFromLeg(CallChange change, string purpose, CallLeg source, CallLeg target)
    {
        var ask = InDialogAction(source, "INVITE", reportResponses: true);
        change.Actions.Add(ask);
        State.Bridge = new MediaBridge
        {
            Purpose = purpose,
            SourceLegIds = [source.Id],
            SourceCSeq = ask.CSeq,
            TargetLegId = target.Id,
        };
    }

    private Task OnBridgeResponseAsync(MediaBridge bridge, CallLeg leg, LegResponse response) =>
        leg.Id == bridge.TargetLegId && response.CSeq == bridge.TargetCSeq
            ? OnBridgeAnswerAsync(bridge, leg, response)
            : OnBridgeOfferAsync(bridge, leg, response);

    /// <summary>A source leg's response: ringing, the offer (sent on to the target), or a refusal.</summary>
    private async Task OnBridgeOfferAsync(MediaBridge bridge, CallLeg leg, LegResponse response)
    {
        var change = new CallChange();
        if (response.IsProvisional)
        {
            if (response.Status == 100 || !leg.Added)
            {
                return;
            }

            if (response.ToTag is not null && leg.State == CallLegState.Inviting)
            {
                leg.RemoteTag = response.ToTag;
                leg.State = CallLegState.Early;
            }

            if (response.Status is 180 or 183)
            {
                OnBridgeRinging(change, bridge, leg);
            }

            await CommitAsync(change);
            return;
        }

        if (!response.IsSuccess)
        {
            leg.FinalStatus = response.Status;
            if (leg.Added && leg.State is CallLegState.Inviting or CallLegState.Early)
            {
                leg.State = CallLegState.Failed;
            }

            if (bridge.SourceLegIds.Select(FindLeg).Any(l => l is { Added: true, State: CallLegState.Inviting or CallLegState.Early }))
            {
                await CommitAsync(change);
                return;
            }

            State.Bridge = null;
            OnBridgeFailed(change, bridge, response.Status);
            await CommitAsync(change);
            return;
        }

        LearnDialog(leg, response);
        leg.State = CallLegState.Confirmed;
        leg.FinalStatus = response.Status;
        leg.Sdp = response.Body ?? leg.Sdp;
        bridge.SourceLegId = leg.Id;
        bridge.SourceCSeq = response.CSeq;
        bridge.Offer = response.Body;
        foreach (var other in bridge.SourceLegIds.Where(id => id != leg.Id).Select(FindLeg).OfType<CallLeg>())
        {
            if (other.State is CallLegState.Inviting or CallLegState.Early)
            {
                other.State = CallLegState.Cancelled;
                change.Actions.Add(CancelOf(other));
            }
        }

        if (bridge.Purpose == BridgePurpose.JoinConference)
        {
            await JoinMixerAsync(change, bridge, leg, response);
            await CommitAsync(change);
            return;
        }

        var target = FindLeg(bridge.TargetLegId);
        if (response.Body is null || target is not { State: CallLegState.Confirmed })
        {
            // No offer to pass on, or nobody left to take it: the new session cannot be set up.
            change.Actions.Add(AckAction(leg, response.CSeq, SdpAnswers.Inactive(response.Body), response.ContentType));
            State.Bridge = null;
            OnBridgeFailed(change, bridge, 488);
            await CommitAsync(change);
            return;
        }

        var offer = InDialogAction(target, "INVITE", response.Body, response.ContentType ?? "application/sdp", reportResponses: true);
        bridge.TargetCSeq = offer.CSeq;
        change.Actions.Add(offer);
        await CommitAsync(change);
    }

    /// <summary>The target's answer to the source's offer: ACKed on both legs, and the media flow between them.</summary>
    private async Task OnBridgeAnswerAsync(MediaBridge bridge, CallLeg target, LegResponse response)
    {
        if (response.IsProvisional)
        {
            return;
        }

        var change = new CallChange();
        var source = FindLeg(bridge.SourceLegId!)!;
        State.Bridge = null;
        if (response.IsSuccess)
        {
            LearnDialog(target, response);
            target.Sdp = response.Body ?? target.Sdp;
            change.Actions.Add(AckAction(target, response.CSeq));
            change.Actions.Add(AckAction(source, bridge.SourceCSeq, response.Body, response.ContentType));
            OnBridgeDone(change, bridge, source);
        }
        else
        {
            // The source's 2xx still needs its ACK, and an ACK answering an offer must carry an answer.
            change.Actions.Add(AckAction(source, bridge.SourceCSeq, SdpAnswers.Inactive(bridge.Offer), "application/sdp"));
            OnBridgeFailed(change, bridge, response.Status);
        }

        await CommitAsync(change);
    }

    /// <summary>New source legs rang for too long: they are cancelled and the bridge fails as unanswered.</summary>
    private async Task<bool> ExpireBridgeRingingAsync()
    {
        if (State.Bridge is not { SourceLegId: null, RingDeadline: { } deadline } bridge || time.GetUtcNow() < deadline)
        {
            return false;
        }

        var change = new CallChange();
        foreach (var leg in bridge.SourceLegIds.Select(FindLeg).OfType<CallLeg>().Where(l => l.State is CallLegState.Inviting or CallLegState.Early))
        {
            leg.State = CallLegState.Cancelled;
            change.Actions.Add(CancelOf(leg));
        }

        State.Bridge = null;
        OnBridgeFailed(change, bridge, 480);
        await CommitAsync(change);
        return true;
    }

    /// <summary>
    /// Drops the bridge: ringing new legs are cancelled, and a source whose 2xx is still owed its ACK (the target had not
    /// answered yet) gets it now, with an inactive answer, before anything else is sent on its dialog (RFC 3261 §13.2.2.4).
    /// </summary>
    private void AbandonBridge(CallChange change)
    {
        if (State.Bridge is not { } bridge)
        {
            return;
        }

        if (bridge.SourceLegId is { } answered && FindLeg(answered) is { } source)
        {
            change.Actions.Add(AckAction(source, bridge.SourceCSeq, SdpAnswers.Inactive(bridge.Offer), "application/sdp"));
        }

        foreach (var leg in bridge.SourceLegIds.Select(FindLeg).OfType<CallLeg>().Where(l => l.Added && l.State is CallLegState.Inviting or CallLegState.Early))
        {
            leg.State = CallLegState.Cancelled;
            change.Actions.Add(CancelOf(leg));
        }

        State.Bridge = null;
    }

    /// <summary>
    /// A response for a leg added to the call that no bridge waits for: a 2xx from a fork that lost (or from a leg
    /// already given up) is ACKed and hung up; a repeated 2xx of a connected leg is left to the gateway's ACK memory.
    /// </summary>
    private async Task OnStrayAddedLegResponseAsync(CallLeg leg, LegResponse response)
    {
        if (!response.IsSuccess || leg.State == CallLegState.Confirmed)
        {
            return;
        }

        LearnDialog(leg, response);
        leg.State = CallLegState.Terminated;
        var change = new CallChange();
        change.Actions.Add(AckAction(leg, response.CSeq, SdpAnswers.Inactive(response.Body), response.ContentType));
        change.Actions.Add(ByeAction(leg, "Call already answered elsewhere or ended"));
        await CommitAsync(change);
    }
}
