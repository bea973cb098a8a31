namespace Graph.Queries.Statistics;

/// <summary>The in-memory graph: built (paths and neighbourhoods answer), insights computed (the brokers ranking answers).</summary>
/// <param name="Ready">False while the first graph is being built: paths, neighbourhoods and insights answer 503 until then.</param>
/// <param name="InsightsReady">Whether betweenness is computed for the current graph.</param>
/// <param name="Entities">Entities with at least one relationship, in the graph.</param>
/// <param name="Links">Linked pairs of entities.</param>
/// <param name="BuiltAt">When the current graph was published; null before the first.</param>
public sealed record GraphStatus(bool Ready, bool InsightsReady, int Entities, int Links, DateTimeOffset? BuiltAt);
