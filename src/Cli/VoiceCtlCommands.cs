using System.CommandLine;
using System.Text;
using Voice.Cli.Events;
using Voice.Cli.Queues;
using Voice.Cli.Tenants;

namespace Voice.Cli;

/// <summary>The voicectl command tree. Output streams are injected so tests can run commands in-process.</summary>
internal static class VoiceCtlCommands
{
    public static RootCommand Build(Stream stdout, TextWriter stderr)
    {
        var root = new RootCommand("voicectl: tools for the Voice.Orleans contact-centre platform");
        root.Subcommands.Add(BuildSip(stdout, stderr));
        var text = new StreamWriter(stdout, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
        root.Subcommands.Add(TenantCommands.Build(text, stderr));
        root.Subcommands.Add(EventCommands.Build(text, stderr));
        root.Subcommands.Add(QueueCommands.Build(text, stderr));
        return root;
    }

    private static Command BuildSip(Stream stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "File holding one SIP message, read as raw bytes" };
        var parse = new Command("parse", "Parse one SIP message (datagram mode, validation on) and print its canonical form");
        parse.Arguments.Add(file);
        parse.SetAction(result => SipParseCommand.Run(result.GetValue(file)!, stdout, stderr));

        var sip = new Command("sip", "SIP message tools");
        sip.Subcommands.Add(parse);
        return sip;
    }
}
