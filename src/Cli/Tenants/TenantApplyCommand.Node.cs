using System.Net;
using System.Text;
using System.Text.Json;

namespace Voice.Cli.Tenants;

internal static partial class TenantApplyCommand
{
    /// <summary>
    /// Embedded node: PUT the YAML text to <c>{node}/admin/tenants/{id}</c>. 200 carries <c>{tenantId, version}</c>;
    /// 400 (YAML errors, with lines) and 422 (rejected by the tenant grain) carry <c>{errors: [{line, column, path, message}]}</c>.
    /// </summary>
    private static async Task<int> ApplyThroughNodeAsync(string tenantId, string yaml, string file, string node, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(node, UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"voicectl: --node: '{node}' is not an http:// or https:// URL").ConfigureAwait(false);
            return Invalid;
        }

        var target = new Uri(baseAddress, $"/admin/tenants/{Uri.EscapeDataString(tenantId)}");
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            using var content = new StringContent(yaml, Encoding.UTF8, "application/yaml");
            using var response = await http.PutAsync(target, content, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return await ReportNodeAnswerAsync(response.StatusCode, body, tenantId, file, output, error).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            await error.WriteLineAsync($"voicectl: cannot apply through {target}: {e.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    private static async Task<int> ReportNodeAnswerAsync(HttpStatusCode status, string body, string tenantId, string file, TextWriter output, TextWriter error)
    {
        if (status == HttpStatusCode.OK)
        {
            using var applied = JsonDocument.Parse(body);
            var version = applied.RootElement.GetProperty("version").GetInt64();
            await output.WriteLineAsync($"applied tenant {tenantId} version {version}").ConfigureAwait(false);
            return Ok;
        }

        if (status is not (HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity))
        {
            await error.WriteLineAsync($"voicectl: the node answered {(int)status} {status}: {body.Trim()}").ConfigureAwait(false);
            return Failed;
        }

        using var refused = JsonDocument.Parse(body);
        var errors = refused.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetInt32(), e.GetProperty("path").GetString() ?? "", e.GetProperty("message").GetString() ?? ""))
            .ToList();
        await output.WriteLineAsync($"tenant {tenantId} rejected by the node:").ConfigureAwait(false);
        await WriteErrorsAsync(output, file, errors).ConfigureAwait(false);
        return Invalid;
    }
}
