using System.Diagnostics;

namespace Graph.Ingestion.Pipeline;

internal static class IngestionTelemetry
{
    public static ActivitySource Source { get; } = new("Graph.Ingestion");
}
