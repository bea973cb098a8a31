using System.CommandLine;
using Graph.Cli;
using Graph.Cli.Commands;
using Graph.Cli.Terminal;

var root = new RootCommand("Turns news articles into a knowledge graph of people, countries and organisations, and answers questions about it.")
{
    ExtractCommand.Create(),
    IngestCommand.Create(),
    ServeCommand.Create(),
    ExportCommand.Create(),
};
// Signals are handled here, not by System.CommandLine, whose handler crashes on a second signal.
var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
using var signals = new TerminationSignals();
return await UserErrors.HandleAsync(() => root.Parse(args).InvokeAsync(invocation, signals.Token));
