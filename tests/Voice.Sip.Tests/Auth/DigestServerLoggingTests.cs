using Microsoft.Extensions.Logging;
using Voice.Sip.Auth;
using Voice.Sip.Tests.Support;

using Voice.Testing;

namespace Voice.Sip.Tests.Auth;

public class DigestServerLoggingTests
{
    [Fact]
    public async Task VerifyAsync_AcceptedThenReplayed_LogsOutcomeWithoutSecrets()
    {
        var logger = new CapturingLogger<DigestServer>();
        var time = new ManualTimeProvider();
        var server = new DigestServer(new DigestServerOptions { Realm = DigestTestFixture.Realm }, time, logger);
        var challenge = server.CreateChallengeResponse(DigestTestFixture.Register());
        var request = DigestTestFixture.Register(cseq: 2);
        Assert.True(new DigestClient(DigestTestFixture.User, DigestTestFixture.Password).TryAuthorize(request, challenge));
        DigestSecretLookup lookup = (_, _, _) => ValueTask.FromResult<DigestSecret?>(DigestSecret.FromPassword(DigestTestFixture.Password));

        await server.VerifyAsync(request, lookup);
        await server.VerifyAsync(request, lookup);

        var credentials = request.Authorizations[0];
        Assert.Equal([LogLevel.Debug, LogLevel.Warning], logger.Lines.Select(l => l.Level));
        Assert.Contains("Replayed", logger.Lines[1].Text, StringComparison.Ordinal);
        foreach (var secret in new[] { DigestTestFixture.Password, credentials.Get("response")!, credentials.Nonce!, credentials.Get("cnonce")! })
        {
            Assert.All(logger.Lines, line => Assert.DoesNotContain(secret, line.Text, StringComparison.Ordinal));
        }
    }
}
