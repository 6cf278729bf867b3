using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    public async Task<InDialogAnswer> OnInDialogRequestAsync(InDialogRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var leg = AllLegs().FirstOrDefault(l =>
            string.Equals(l.CallId, request.CallId, StringComparison.Ordinal) && string.Equals(l.RemoteTag, request.FromTag, StringComparison.Ordinal));
        if (leg is null)
        {
            Log.NoDialog(_logger, Key, request.Method, request.CallId);
            return InDialogAnswer.NoDialog;
        }

        if (request.Method == "ACK")
        {
            await OnAckAsync(leg, request);
            return InDialogAnswer.Ok;
        }

        if (request.CSeq <= leg.RemoteCSeq)
        {
            // A BYE repeated after the call ended (e.g. retried at another node) is answered as the first one was.
            return request.Method == "BYE" && leg.State == CallLegState.Terminated
                ? InDialogAnswer.Ok
                : new InDialogAnswer(500, "Out of Order Request"); // RFC 3261 §12.2.2
        }

        leg.RemoteCSeq = request.CSeq;
        return request.Method switch
        {
            "BYE" => await OnByeAsync(leg),
            "INVITE" => await OnReInviteAsync(leg, request),
            "OPTIONS" => InDialogAnswer.Ok,
            _ => new InDialogAnswer(501, "Not Implemented"),
        };
    }

    /// <summary>A BYE ends the call on both sides: the other leg gets a BYE and every party gets EventReleased.</summary>
    private async Task<InDialogAnswer> OnByeAsync(CallLeg leg)
    {
        if (State.Phase == CallPhase.Established && leg.State == CallLegState.Confirmed && State.Conference is { } conference
            && conference.MemberLegIds.Contains(leg.Id))
        {
            var change = new CallChange();
            leg.State = CallLegState.Terminated;
            AbandonConferenceJoin(change, leg);
            RemoveMember(change, leg, leg.Party, sendBye: false);
            await CommitAsync(change);
            if (State.Phase == CallPhase.Released)
            {
                await ArmLingerAsync();
            }

            return InDialogAnswer.Ok;
        }

        if (State.Phase == CallPhase.Established && leg.State == CallLegState.Confirmed && State.Consultation is { } consultation
            && await OnByeDuringConsultationAsync(consultation, leg))
        {
            return InDialogAnswer.Ok;
        }

        switch (State.Phase)
        {
            case CallPhase.Established when leg.State == CallLegState.Confirmed:
                var change = new CallChange();
                leg.State = CallLegState.Terminated;
                AnswerPendingReInvite(change, 487, "Request Terminated");
                HangUpLiveLegs(change, except: leg, "Call ended by the other party");
                MarkReleased(change, ReleaseCause.Normal, null, releasedBy: leg.Party);
                await CommitAsync(change);
                await ArmLingerAsync();
                Log.HungUp(_logger, Key, leg.Id);
                return InDialogAnswer.Ok;
            case CallPhase.Alerting when leg == State.Caller:
                // A caller may not BYE an early dialog (it must CANCEL); treat it as the CANCEL it meant.
                await ReleaseUnansweredAsync(487, "Request Terminated", ReleaseCause.Abandoned, abandoned: true);
                return InDialogAnswer.Ok;
            default:
                return leg.State == CallLegState.Terminated ? InDialogAnswer.Ok : InDialogAnswer.NoDialog;
        }
    }

    /// <summary>
    /// A re-INVITE (hold, retrieve, any new offer) is relayed to the other leg with its SDP; the answer comes back
    /// through <see cref="OnReInviteResponseAsync"/>. One at a time per call (RFC 3261 §14.1: 491 for glare).
    /// </summary>
    private async Task<InDialogAnswer> OnReInviteAsync(CallLeg leg, InDialogRequest request)
    {
        if (State.Phase != CallPhase.Established || leg.State != CallLegState.Confirmed || request.Handle is null)
        {
            return InDialogAnswer.NoDialog;
        }

        if (State.PendingReInvite is not null || State.AckOwedLegId is not null || State.Bridge is not null)
        {
            return new InDialogAnswer(491, "Request Pending");
        }

        var other = IsOrigination(leg) ? AnsweredCallee : ALeg;
        if (other is not { State: CallLegState.Confirmed })
        {
            return InDialogAnswer.NoDialog;
        }

        if (request.Contact is { Length: > 0 } contact)
        {
            leg.RemoteTarget = contact; // RFC 3261 §12.2.2: a re-INVITE refreshes the remote target
        }

        leg.Sdp = request.Body ?? leg.Sdp;
        var relay = InDialogAction(other, "INVITE", request.Body, request.ContentType, reportResponses: true);
        State.PendingReInvite = new PendingReInvite
        {
            FromLegId = leg.Id,
            FromNodeId = request.Flow.NodeId,
            Handle = request.Handle,
            ToLegId = other.Id,
            SentCSeq = relay.CSeq,
            HadOffer = request.Body is not null,
            IsHold = SdpHold.IsHoldOffer(request.Body),
        };
        var change = new CallChange();
        change.Actions.Add(relay);
        await CommitAsync(change);
        return InDialogAnswer.Pending;
    }

    /// <summary>The other leg answered a relayed re-INVITE: its answer goes back, and a hold or retrieve is published.</summary>
    private async Task OnReInviteResponseAsync(CallLeg leg, LegResponse response)
    {
        var pending = State.PendingReInvite;
        if (pending is null || pending.ToLegId != leg.Id || response.CSeq != pending.SentCSeq)
        {
            if (response.IsSuccess)
            {
                // A 2xx nobody waits for still needs its ACK (RFC 3261 §13.2.2.4), or the peer retransmits it.
                await signalling.ExecuteAsync([AckAction(leg, response.CSeq)]);
            }

            return;
        }

        if (response.IsProvisional)
        {
            return;
        }

        var change = new CallChange();
        var from = FindLeg(pending.FromLegId)!;
        State.PendingReInvite = null;
        if (response.IsSuccess)
        {
            LearnDialog(leg, response);
            leg.Sdp = response.Body ?? leg.Sdp;
            if (pending.HadOffer)
            {
                change.Actions.Add(AckAction(leg, response.CSeq));
            }
            else
            {
                (State.AckOwedLegId, State.AckOwedCSeq) = (leg.Id, response.CSeq);
            }

            PublishHoldChange(change, pending, from, leg);
        }

        if (pending.Handle.Length == 0)
        {
            // A hold or retrieve asked through the API: nobody's transaction waits for the answer.
            await CommitAsync(change);
            return;
        }

        change.Actions.Add(new RespondAction(
            pending.FromNodeId,
            pending.Handle,
            response.Status,
            response.Reason,
            LocalTag,
            IsOrigination(from) ? State.Dialled : ALeg?.Party,
            response.IsSuccess ? response.Body : null,
            response.IsSuccess ? response.ContentType : null,
            Key));
        await CommitAsync(change);
    }

    /// <summary>EventHeld when a party puts the other on hold, EventRetrieved when the holder takes it off.</summary>
    private void PublishHoldChange(CallChange change, PendingReInvite pending, CallLeg holder, CallLeg held)
    {
        var role = IsOrigination(holder) ? PartyRole.Origination : PartyRole.Destination;
        var otherRole = IsOrigination(holder) ? PartyRole.Destination : PartyRole.Origination;
        if (pending.IsHold && State.HeldByLegId is null)
        {
            State.HeldByLegId = holder.Id;
            change.Events.Add(CallEventFor(CallEventIds.Held, holder.Party, role, held.Party, otherRole));
        }
        else if (!pending.IsHold && State.HeldByLegId == holder.Id)
        {
            State.HeldByLegId = null;
            change.Events.Add(CallEventFor(CallEventIds.Retrieved, holder.Party, role, held.Party, otherRole));
        }
    }

    /// <summary>Late offer: the ACK carrying the answer lets us send the ACK we owe the other leg, with that answer.</summary>
    private async Task OnAckAsync(CallLeg leg, InDialogRequest request)
    {
        if (State.AckOwedLegId is not { } owed || owed == leg.Id || FindLeg(owed) is not { State: CallLegState.Confirmed } target)
        {
            return;
        }

        var change = new CallChange();
        leg.Sdp = request.Body ?? leg.Sdp;
        change.Actions.Add(AckAction(target, State.AckOwedCSeq, request.Body, request.ContentType));
        State.AckOwedLegId = null;
        await CommitAsync(change);
    }

    private void AnswerPendingReInvite(CallChange change, int status, string reason)
    {
        if (State.PendingReInvite is { } pending)
        {
            change.Actions.Add(new RespondAction(pending.FromNodeId, pending.Handle, status, reason, LocalTag, null, null, null, Key));
            State.PendingReInvite = null;
        }
    }
}
