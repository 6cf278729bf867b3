using System.CommandLine;

namespace Voice.Cli.Tenants;

/// <summary>The <c>voicectl tenant</c> command group.</summary>
internal static class TenantCommands
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var file = new Option<string>("--file", "-f") { Description = "Tenant YAML file (format: docs/tenancy.md)", Required = true };
        var redis = new Option<string?>("--redis") { Description = "Cluster mode: apply through the grain client via this Redis HOST:PORT" };
        var node = new Option<string?>("--node") { Description = $"Embedded node: apply through its admin endpoint (default {TenantApplyCommand.DefaultNode}, loopback only)" };
        var apply = new Command("apply", "Validate a tenant YAML file and apply it to the running platform");
        apply.Options.Add(file);
        apply.Options.Add(redis);
        apply.Options.Add(node);
        apply.Validators.Add(result =>
        {
            if (result.GetValue(redis) is not null && result.GetValue(node) is not null)
            {
                result.AddError("--redis and --node exclude each other: give one");
            }
        });
        apply.SetAction(async (result, cancellationToken) =>
        {
            var code = await TenantApplyCommand.RunAsync(result.GetValue(file)!, result.GetValue(redis), result.GetValue(node), stdout, stderr, cancellationToken).ConfigureAwait(false);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return code;
        });

        var tenant = new Command("tenant", "Tenant configuration");
        tenant.Subcommands.Add(apply);
        return tenant;
    }
}
