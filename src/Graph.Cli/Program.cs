using System.CommandLine;
using Graph.Cli;
using Graph.Cli.Commands;

var root = new RootCommand("Turns news articles into a knowledge graph of people, countries and organisations, and answers questions about it.")
{
    ExtractCommand.Create(),
    IngestCommand.Create(),
    ServeCommand.Create(),
    ExportCommand.Create(),
};
var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
return await UserErrors.HandleAsync(() => root.Parse(args).InvokeAsync(invocation));
