namespace Graph.Core.Queries;

/// <summary>What a store holds.</summary>
public sealed record GraphStatistics(
    int Articles,
    int People,
    int Countries,
    int Organizations,
    int Meetings,
    int Affiliations,
    int Leaderships,
    int Quotes);
