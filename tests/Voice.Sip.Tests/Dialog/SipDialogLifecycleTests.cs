using Voice.Sip.Dialog;
using Voice.Sip.Message;
using static Voice.Sip.Tests.Dialog.DialogTestMessages;

namespace Voice.Sip.Tests.Dialog;

public class SipDialogLifecycleTests
{
    [Fact]
    public void Uas_EarlyThenSent200ThenBye_EarlyConfirmedTerminated()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUas(invite, Answer(invite, 180));
        Assert.Equal(DialogState.Early, dialog.State);

        Assert.Equal(DialogState.Confirmed, dialog.ProcessSentResponse(Answer(invite, 200)));
        Assert.Equal(DialogRequestOutcome.Terminated, dialog.ProcessRequest(FromAlice("BYE", 2)));

        Assert.Equal(DialogState.Terminated, dialog.State);
        Assert.Equal(DialogRequestOutcome.NoSuchDialog, dialog.ProcessRequest(FromAlice("INFO", 3)));
        Assert.Throws<InvalidOperationException>(() => dialog.CreateRequest(SipMethod.Info));
    }

    [Fact]
    public void Uas_EarlyThenSentRejection_Terminated()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUas(invite, Answer(invite, 183));

        Assert.Equal(DialogState.Terminated, dialog.ProcessSentResponse(Answer(invite, 486, contact: null)));
    }

    [Fact]
    public void Uac_EarlyThen200WithNewRecordRoute_ConfirmedAndRouteSetRecomputed()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 180));
        Assert.Equal(DialogState.Early, dialog.State);

        var ok = Answer(invite, 200, contact: "sip:bob@desk.biloxi.example.com", recordRoute: "<sip:p3.biloxi.example.com;lr>, <sip:p1.atlanta.example.com;lr>");
        Assert.Equal(DialogState.Confirmed, dialog.ProcessResponse(ok));

        Assert.Equal(["p1.atlanta.example.com", "p3.biloxi.example.com"], dialog.RouteSet.Select(r => r.Uri.Host));
        Assert.Equal("sip:bob@desk.biloxi.example.com", dialog.RemoteTarget.ToString());
    }

    [Fact]
    public void Uac_EarlyWithoutContactThen200_TargetStartsAtRequestUriThenTakesContact()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 180, contact: null));
        Assert.Equal("sip:bob@biloxi.example.com", dialog.RemoteTarget.ToString());

        dialog.ProcessResponse(Answer(invite, 200));

        Assert.Equal(BobContact, dialog.RemoteTarget.ToString());
    }

    [Fact]
    public void Uac_EarlyThenFinalRejection_Terminated()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 180));

        Assert.Equal(DialogState.Terminated, dialog.ProcessResponse(Answer(invite, 486, contact: null)));
    }

    [Fact]
    public void Uac_ConfirmedThen481ToInDialogRequest_Terminated()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 200));
        var info = dialog.CreateRequest(SipMethod.Info);

        Assert.Equal(DialogState.Terminated, dialog.ProcessResponse(SipResponseFactory.Create(info, 481)));
    }

    [Fact]
    public void Uac_ByeAnswered_Terminated()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 200));
        var bye = dialog.CreateRequest(SipMethod.Bye);

        Assert.Equal(DialogState.Confirmed, dialog.ProcessResponse(SipResponseFactory.Create(dialog.CreateRequest(SipMethod.Info), 200)));
        Assert.Equal(DialogState.Terminated, dialog.ProcessResponse(SipResponseFactory.Create(bye, 200)));
    }

    [Fact]
    public void Uac_2xxToReInvite_RefreshesTarget()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUac(invite, Answer(invite, 200));
        var reInvite = dialog.CreateRequest(SipMethod.Invite);
        var ok = SipResponseFactory.Create(reInvite, 200);
        ok.Headers.Add(HeaderKind.Contact, "<sip:bob@mobile.biloxi.example.com>");

        dialog.ProcessResponse(ok);

        Assert.Equal("sip:bob@mobile.biloxi.example.com", dialog.RemoteTarget.ToString());
    }

    [Fact]
    public void CreateAsUas_SipsRequestUriOverTls_IsSecure()
    {
        var invite = Invite(requestUri: "sips:bob@biloxi.example.com");

        Assert.True(SipDialog.CreateAsUas(invite, Answer(invite, 200), overTls: true).IsSecure);
        Assert.False(SipDialog.CreateAsUas(invite, Answer(invite, 200), overTls: false).IsSecure);
        Assert.False(SipDialog.CreateAsUas(Invite(), Answer(Invite(), 200), overTls: true).IsSecure);
    }

    [Fact]
    public void TryCreate_ResponseWithoutToTag_MalformedTo()
    {
        var invite = Invite();
        var untagged = SipResponseFactory.Create(invite, 180);

        Assert.False(SipDialog.TryCreateAsUac(invite, untagged, false, out _, out var error));
        Assert.Equal(SipError.MalformedTo, error);
    }

    [Fact]
    public void TryCreateAsUas_RequestWithTwoContacts_MalformedContact()
    {
        var invite = Invite();
        invite.Headers.Add(HeaderKind.Contact, "<sip:second@atlanta.example.com>");

        Assert.False(SipDialog.TryCreateAsUas(invite, Answer(invite, 200), false, out _, out var error));
        Assert.Equal(SipError.MalformedContact, error);
    }

    [Fact]
    public void Store_FindsDialogForIncomingRequestAndDropsTerminated()
    {
        var invite = Invite();
        var dialog = SipDialog.CreateAsUas(invite, Answer(invite, 200));
        var store = new SipDialogStore();
        Assert.True(store.TryAdd(dialog));
        Assert.False(store.TryAdd(dialog));

        var bye = FromAlice("BYE", 2);
        Assert.True(store.TryFind(bye, isUas: true, out var found));
        Assert.Same(dialog, found);
        Assert.False(store.TryFind(bye, isUas: false, out _));

        found.ProcessRequest(bye);
        Assert.Equal(1, store.RemoveTerminated());
        Assert.Equal(0, store.Count);
    }
}
