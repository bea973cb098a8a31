using Graph.Core.Queries;

namespace Graph.Queries.Statistics;

/// <summary>What the store holds, and whether the in-memory graph that answers paths, neighbourhoods and insights is ready.</summary>
public sealed record StoreStatistics(
    int Articles,
    int People,
    int Countries,
    int Organizations,
    int Meetings,
    int Affiliations,
    int Leaderships,
    int Quotes,
    GraphStatus Graph)
{
    public static StoreStatistics Of(GraphStatistics store, GraphStatus graph) =>
        new(store.Articles, store.People, store.Countries, store.Organizations, store.Meetings, store.Affiliations, store.Leaderships, store.Quotes, graph);
}
