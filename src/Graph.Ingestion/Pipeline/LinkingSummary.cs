using Graph.Core.Linking;

namespace Graph.Ingestion.Pipeline;

/// <summary>What the linking pass at the end of a run did, and how long it took.</summary>
public sealed record LinkingSummary(LinkReport Report, TimeSpan Elapsed);
