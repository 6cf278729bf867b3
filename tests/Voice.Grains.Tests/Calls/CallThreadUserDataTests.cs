using Voice.Grains.Calls;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Calls;

/// <summary>User data on the call thread: replace, merge, delete, the limits, and the events that carry it.</summary>
public sealed class CallThreadUserDataTests
{
    private static readonly IReadOnlyList<string> NoKeys = [];

    [Fact]
    public async Task Replace_Merge_Delete_ChangeTheSnapshot_AndPublishForEveryPartyOfTheTenant()
    {
        await using var host = new GrainsHost();
        var call = await InternalEstablishedAsync(host);
        var before = (await EventsAsync(host)).Count;

        var replaced = await call.UpdateUserDataAsync(Change(UserDataOperation.Replace, "1001", ("case", "42"), ("lang", "en")));
        var merged = await call.UpdateUserDataAsync(Change(UserDataOperation.Merge, "1002", ("lang", "fr"), ("vip", "yes")));
        var afterMerge = (await call.GetAsync()).UserData;
        var deleted = await call.UpdateUserDataAsync(new UserDataChange(UserDataOperation.Delete, new Dictionary<string, string>(), ["case", "absent"], "1002"));

        Assert.True(replaced.IsOk && merged.IsOk && deleted.IsOk);
        Assert.Equal(new Dictionary<string, string> { ["case"] = "42", ["lang"] = "fr", ["vip"] = "yes" }, afterMerge);
        Assert.Equal(new Dictionary<string, string> { ["lang"] = "fr", ["vip"] = "yes" }, (await call.GetAsync()).UserData);
        var changes = (await EventsAsync(host)).Skip(before).ToList();
        Assert.Equal(6, changes.Count);
        Assert.All(changes, e => Assert.Equal(CallEventIds.AttachedDataChanged, e.Id));
        Assert.Equal(["1001", "1002"], changes.Take(2).Select(e => e.ThisDn).Order());
        Assert.All(changes, e => Assert.Equal(e.ThisDn == "1001" ? "1002" : "1001", e.OtherDn));
        Assert.Equal("en", changes[0].UserData["lang"]);
        Assert.Equal("fr", changes[2].UserData["lang"]);
        Assert.False(changes[^1].UserData.ContainsKey("case"));
    }

    [Fact]
    public async Task EveryLaterEvent_CarriesTheData_AndDeleteWithoutKeysClearsIt()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        await call.UpdateUserDataAsync(Change(UserDataOperation.Merge, null, ("case", "7")));

        await call.HoldAsync("1002");
        var held = (await EventsAsync(host)).Count;
        var cleared = await call.UpdateUserDataAsync(new UserDataChange(UserDataOperation.Delete, new Dictionary<string, string>(), NoKeys, "1002"));
        await call.ReleaseAsync("1002");

        var events = await EventsAsync(host);
        var change = events.Single(e => e.Id == CallEventIds.AttachedDataChanged && e.UserData.Count == 1);
        Assert.Equal(("1002", "Destination", "5551234", "7"), (change.ThisDn, change.ThisDnRole, change.OtherDn, change.UserData["case"]));
        Assert.True(cleared.IsOk);
        Assert.Empty(events[^1].UserData); // EventReleased after the delete
        Assert.Equal(held + 2, events.Count); // one change event (the trunk caller has no DN of ours), one release
        Assert.Empty((await call.GetAsync()).UserData);
    }

    [Fact]
    public async Task Data_IsStoredWithTheCall_AndSurvivesAMove()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        await call.UpdateUserDataAsync(Change(UserDataOperation.Replace, "1002", ("case", "9")));

        await host.DeactivateAsync("callthread", Key);

        Assert.Equal("9", (await host.Call(Key).GetAsync()).UserData["case"]);
    }

    [Fact]
    public async Task Refusals_ChangeNothing_AndPublishNothing()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        await call.UpdateUserDataAsync(Change(UserDataOperation.Replace, "1002", ("keep", "me")));
        var events = (await EventsAsync(host)).Count;
        var tooMany = Enumerable.Range(0, CallThreadGrain.MaxUserDataKeys).Select(i => ($"k{i}", "v")).ToArray();

        var stranger = await call.UpdateUserDataAsync(Change(UserDataOperation.Merge, "1005", ("x", "1")));
        var trunkCaller = await call.UpdateUserDataAsync(Change(UserDataOperation.Merge, "5551234", ("x", "1")));
        var longKey = await call.UpdateUserDataAsync(Change(UserDataOperation.Merge, "1002", (new string('k', 65), "1")));
        var emptyKey = await call.UpdateUserDataAsync(Change(UserDataOperation.Merge, "1002", (string.Empty, "1")));
        var longValue = await call.UpdateUserDataAsync(Change(UserDataOperation.Merge, "1002", ("x", new string('v', 4097))));
        var overLimit = await call.UpdateUserDataAsync(Change(UserDataOperation.Merge, "1002", tooMany));
        var unknownCall = await host.Call("demo:00000000000000ff").UpdateUserDataAsync(Change(UserDataOperation.Merge, null, ("x", "1")));

        Assert.Equal(
            ["NotAParty", "NotAParty", "InvalidUserData", "InvalidUserData", "InvalidUserData", "InvalidUserData", "NotActive"],
            new[] { stranger, trunkCaller, longKey, emptyKey, longValue, overLimit, unknownCall }.Select(r => r.Error));
        Assert.Equal(new Dictionary<string, string> { ["keep"] = "me" }, (await call.GetAsync()).UserData);
        Assert.Equal(events, (await EventsAsync(host)).Count);
        Assert.True((await call.UpdateUserDataAsync(Change(UserDataOperation.Replace, "1002", tooMany))).IsOk); // exactly the limit
    }

    [Fact]
    public async Task ReleasedCall_RefusesWithNotActive()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        await call.ReleaseAsync("1002");

        var result = await call.UpdateUserDataAsync(Change(UserDataOperation.Merge, null, ("x", "1")));

        Assert.Equal("NotActive", result.Error);
    }

    private static UserDataChange Change(UserDataOperation operation, string? byDn, params (string Key, string Value)[] pairs) =>
        new(operation, pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), NoKeys, byDn);

    /// <summary>Extension 1001 calls 1002, which answers: both parties are DNs of the tenant.</summary>
    private static async Task<ICallThreadGrain> InternalEstablishedAsync(GrainsHost host)
    {
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var call = host.Call(Key);
        await call.OfferAsync(PhoneOffer("1001", "1002"));
        await call.OnLegResponseAsync(Response("b1", 200, "callee-tag", Answer));
        return call;
    }
}
