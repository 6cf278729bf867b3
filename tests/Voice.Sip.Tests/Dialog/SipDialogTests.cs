using Voice.Sip.Dialog;
using Voice.Sip.Message;
using static Voice.Sip.Tests.Dialog.DialogTestMessages;

namespace Voice.Sip.Tests.Dialog;

public class SipDialogTests
{
    [Fact]
    public void CreateAsUas_InviteWithRecordRoute_RouteSetInOrderTargetFromRequestContact()
    {
        var invite = Invite();

        var dialog = SipDialog.CreateAsUas(invite, Answer(invite, 200));

        Assert.True(dialog.IsUas);
        Assert.Equal(DialogState.Confirmed, dialog.State);
        Assert.Equal(new DialogId(CallId, BobTag, AliceTag), dialog.Id);
        Assert.Equal(["p2.biloxi.example.com", "p1.atlanta.example.com"], dialog.RouteSet.Select(r => r.Uri.Host));
        Assert.Equal(AliceContact, dialog.RemoteTarget.ToString());
        Assert.Equal(1, dialog.RemoteSequence);
        Assert.Null(dialog.LocalSequence);
        Assert.Equal("sip:alice@atlanta.example.com", dialog.RemoteUri.Uri.ToString());
        Assert.Equal("sip:bob@biloxi.example.com", dialog.LocalUri.Uri.ToString());
        Assert.Null(dialog.RemoteUri.Tag);
        Assert.False(dialog.IsSecure);
    }

    [Fact]
    public void CreateAsUac_ResponseWithRecordRoute_RouteSetReversedTargetFromResponseContact()
    {
        var invite = Invite();

        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 200));

        Assert.False(dialog.IsUas);
        Assert.Equal(new DialogId(CallId, AliceTag, BobTag), dialog.Id);
        Assert.Equal(["p1.atlanta.example.com", "p2.biloxi.example.com"], dialog.RouteSet.Select(r => r.Uri.Host));
        Assert.Equal(BobContact, dialog.RemoteTarget.ToString());
        Assert.Equal(1, dialog.LocalSequence);
        Assert.Null(dialog.RemoteSequence);
        Assert.Equal("sip:bob@biloxi.example.com", dialog.RemoteUri.Uri.ToString());
    }

    [Fact]
    public void DialogId_FromMessage_UasAndUacViewsAreMirrored()
    {
        var response = Answer(Invite(), 200);

        var uas = DialogId.FromMessage(response, isUas: true);
        var uac = DialogId.FromMessage(response, isUas: false);

        Assert.Equal(new DialogId(CallId, BobTag, AliceTag), uas);
        Assert.Equal(new DialogId(CallId, AliceTag, BobTag), uac);
    }

    [Fact]
    public void CreateRequest_LooseRouting_RequestUriIsRemoteTargetAndRoutesFollowRouteSet()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 200));

        var bye = dialog.CreateRequest(SipMethod.Bye);

        Assert.Equal(BobContact, bye.RequestUri.ToString());
        Assert.Equal(["sip:p1.atlanta.example.com;lr", "sip:p2.biloxi.example.com;lr"], bye.Routes.Select(r => r.Uri.ToString()));
        Assert.Equal(2, bye.CSeq.Number);
        Assert.Equal(SipMethod.Bye, bye.CSeq.Method);
        Assert.Equal(70, bye.MaxForwards);
        Assert.Equal(CallId, bye.CallId);
        Assert.Equal(AliceTag, bye.From.Tag);
        Assert.Equal(BobTag, bye.To.Tag);
        Assert.False(bye.Headers.Contains(HeaderKind.Contact));
    }

    [Fact]
    public void CreateRequest_StrictRouting_FirstRouteBecomesRequestUriAndTargetIsLastRoute()
    {
        var invite = Invite(recordRoute: "<sip:p2.biloxi.example.com;lr>, <sip:p1.atlanta.example.com;method=INVITE?subject=x>");
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 200));

        var info = dialog.CreateRequest(SipMethod.Info);

        Assert.Equal("sip:p1.atlanta.example.com", info.RequestUri.ToString());
        Assert.Equal(["sip:p2.biloxi.example.com;lr", BobContact], info.Routes.Select(r => r.Uri.ToString()));
        Assert.Equal($"<{AliceContact}>", info.Headers.GetFirstValue(HeaderKind.Contact));
    }

    [Fact]
    public void CreateRequest_EmptyRouteSet_GoesStraightToRemoteTarget()
    {
        var invite = Invite(recordRoute: string.Empty);
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 200));

        var request = dialog.CreateRequest(SipMethod.Options);

        Assert.Equal(BobContact, request.RequestUri.ToString());
        Assert.False(request.Headers.Contains(HeaderKind.Route));
    }

    [Fact]
    public void CreateRequest_SuccessiveRequests_CSeqCountsUpFromLocalSequence()
    {
        var invite = Invite(cseq: 41);
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 200));

        var first = dialog.CreateRequest(SipMethod.Info);
        var second = dialog.CreateRequest(SipMethod.Update);

        Assert.Equal(42, first.CSeq.Number);
        Assert.Equal(43, second.CSeq.Number);
        Assert.Equal(43, dialog.LocalSequence);
    }

    [Fact]
    public void CreateRequest_UasWithEmptyLocalSequence_ChoosesInitialValue()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUas(invite, Answer(invite, 200));

        var bye = dialog.CreateRequest(SipMethod.Bye);

        Assert.Equal(dialog.LocalSequence, bye.CSeq.Number);
        Assert.InRange(bye.CSeq.Number, 2, 1 << 17);
        Assert.Equal(AliceContact, bye.RequestUri.ToString());
        Assert.Equal(["p2.biloxi.example.com", "p1.atlanta.example.com"], bye.Routes.Select(r => r.Uri.Host));
        Assert.Equal(BobTag, bye.From.Tag);
        Assert.Equal(AliceTag, bye.To.Tag);
    }

    [Fact]
    public void CreateAck_ReusesInviteCSeqAndDoesNotAdvanceLocalSequence()
    {
        var invite = Invite(cseq: 7);
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 200));

        var ack = dialog.CreateAck(invite.CSeq.Number);

        Assert.Equal(7, ack.CSeq.Number);
        Assert.Equal(SipMethod.Ack, ack.CSeq.Method);
        Assert.Equal(BobContact, ack.RequestUri.ToString());
        Assert.Equal(7, dialog.LocalSequence);
        Assert.Equal(8, dialog.CreateRequest(SipMethod.Bye).CSeq.Number);
        Assert.Throws<ArgumentException>(() => dialog.CreateRequest(SipMethod.Ack));
    }

    [Fact]
    public void CreateCancel_CopiesInviteIdentityWithSameCSeqNumberAndBranch()
    {
        var invite = Invite(cseq: 5);

        var cancel = SipDialog.CreateCancel(invite);

        Assert.Equal(SipMethod.Cancel, cancel.Method);
        Assert.Equal(invite.RequestUri.ToString(), cancel.RequestUri.ToString());
        Assert.Equal(5, cancel.CSeq.Number);
        Assert.Equal(SipMethod.Cancel, cancel.CSeq.Method);
        Assert.Equal(invite.TopVia.Branch, cancel.TopVia.Branch);
        Assert.Equal(invite.CallId, cancel.CallId);
        Assert.Equal(AliceTag, cancel.From.Tag);
        Assert.Null(cancel.To.Tag);
    }

    [Fact]
    public void ProcessRequest_LowerCSeq_OutOfOrderWith500AndRemoteSequenceKept()
    {
        var invite = Invite(cseq: 10);
        var dialog = SipDialog.CreateAsUas(invite, Answer(invite, 200));
        var stale = FromAlice("INFO", 9);

        var outcome = dialog.ProcessRequest(stale);

        Assert.Equal(DialogRequestOutcome.OutOfOrder, outcome);
        Assert.Equal(500, outcome.RejectionStatus());
        var rejection = outcome.CreateRejection(stale);
        Assert.NotNull(rejection);
        Assert.Equal(500, rejection.StatusCode);
        Assert.Equal(10, dialog.RemoteSequence);
    }

    [Fact]
    public void ProcessRequest_AckWithInviteCSeqThenHigherCSeq_AcceptedAndRemoteSequenceAdvances()
    {
        var invite = Invite(cseq: 10);
        var dialog = SipDialog.CreateAsUas(invite, Answer(invite, 200));

        Assert.Equal(DialogRequestOutcome.Accepted, dialog.ProcessRequest(FromAlice("ACK", 10)));
        Assert.Equal(DialogRequestOutcome.Accepted, dialog.ProcessRequest(FromAlice("INFO", 15)));
        Assert.Equal(15, dialog.RemoteSequence);
        Assert.Null(DialogRequestOutcome.Accepted.CreateRejection(invite));
    }

    [Fact]
    public void ProcessRequest_ReInviteWithNewContact_RefreshesRemoteTarget()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUas(invite, Answer(invite, 200));

        var outcome = dialog.ProcessRequest(FromAlice("INVITE", 2, contact: "sip:alice@moved.atlanta.example.com"));

        Assert.Equal(DialogRequestOutcome.TargetRefreshed, outcome);
        Assert.Equal("sip:alice@moved.atlanta.example.com", dialog.RemoteTarget.ToString());
        Assert.Equal("sip:alice@moved.atlanta.example.com", dialog.CreateRequest(SipMethod.Bye).RequestUri.ToString());
    }

    [Fact]
    public void ProcessRequest_InfoWithContact_DoesNotRefreshTarget()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUas(invite, Answer(invite, 200));

        Assert.Equal(DialogRequestOutcome.Accepted, dialog.ProcessRequest(FromAlice("INFO", 2, contact: "sip:x@elsewhere.example.com")));
        Assert.Equal(AliceContact, dialog.RemoteTarget.ToString());
    }

    [Fact]
    public void ProcessRequest_WrongTag_NoSuchDialog481()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUas(invite, Answer(invite, 200));

        var outcome = dialog.ProcessRequest(FromAlice("BYE", 2, toTag: "other"));

        Assert.Equal(DialogRequestOutcome.NoSuchDialog, outcome);
        Assert.Equal(481, outcome.RejectionStatus());
        Assert.Equal(DialogState.Confirmed, dialog.State);
    }
}
