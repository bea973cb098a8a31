using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Queries.Graphs;

namespace Graph.Queries.Neighbourhoods;

/// <summary>Walks the snapshot breadth-first from an entity, then adds who spoke about whom around the centre as SAID edges.</summary>
internal static class NeighbourhoodBuilder
{
    public const string SaidType = "SAID";

    public static async Task<Neighbourhood> BuildAsync(
        GraphSnapshot snapshot, EntitySummary center, int depth, int maxNodes, bool withQuotes, CancellationToken cancellationToken)
    {
        var depthOf = new Dictionary<string, int>(StringComparer.Ordinal) { [center.Id] = 0 };
        var truncated = false;
        var layer = new List<string> { center.Id };
        for (var level = 1; level <= depth && layer.Count > 0; level++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // When the limit bites, the best-connected newcomers are kept: they are the ones worth expanding.
            var next = layer.SelectMany(snapshot.NeighboursOf).Where(id => !depthOf.ContainsKey(id)).Distinct()
                .OrderByDescending(snapshot.DegreeOf).ThenBy(id => id, StringComparer.Ordinal).ToList();
            var room = maxNodes - depthOf.Count;
            if (next.Count > room)
            {
                truncated = true;
                next = next.Take(Math.Max(room, 0)).ToList();
            }
            next.ForEach(id => depthOf[id] = level);
            layer = next;
        }

        var edges = new List<NeighbourhoodEdge>();
        // The links among the chosen nodes: from each node's own links, or, for a hub with more links than there are
        // chosen nodes (a country has thousands), by looking up its link to each chosen node.
        var chosen = depthOf.Keys.Where(snapshot.Graph.ContainsVertex).ToList();
        var links = new HashSet<EntityLink>();
        foreach (var id in chosen)
        {
            links.UnionWith(snapshot.DegreeOf(id) <= chosen.Count
                ? snapshot.Graph.AdjacentEdges(id).Where(link => depthOf.ContainsKey(link.Other(id)))
                : chosen.Select(other => snapshot.LinkBetween(id, other)).OfType<EntityLink>());
        }
        foreach (var link in links)
        {
            // One drawn edge per type, direction and status: the roles of an affiliation are one line.
            edges.AddRange(link.Edges.Select(edge => new NeighbourhoodEdge(
                $"{ContractNames.Of(edge.Type)}:{edge.SourceId}:{edge.TargetId}:{edge.Status?.ToString().ToLowerInvariant()}",
                edge.SourceId, edge.TargetId, ContractNames.Of(edge.Type), edge.Status, 1)).DistinctBy(edge => edge.Id));
        }
        if (withQuotes)
        {
            var pairs = await snapshot.PairsOfAsync(center.Id, cancellationToken);
            foreach (var edge in pairs.Select(SaidEdge))
            {
                var newcomer = !depthOf.ContainsKey(edge.Source) ? edge.Source : !depthOf.ContainsKey(edge.Target) ? edge.Target : null;
                if (newcomer is not null)
                {
                    if (depthOf.Count >= maxNodes)
                    {
                        truncated = true;
                        continue;
                    }
                    depthOf[newcomer] = 1;
                }
                edges.Add(edge);
            }
        }

        var summaries = await snapshot.SummariesAsync(depthOf.Keys, cancellationToken);
        var nodes = depthOf
            .Where(pair => summaries.ContainsKey(pair.Key))
            .Select(pair => (Summary: summaries[pair.Key], Depth: pair.Value))
            .OrderBy(node => node.Depth).ThenBy(node => node.Summary.Id, StringComparer.Ordinal)
            .Select(node => new NeighbourhoodNode(node.Summary.Id, node.Summary.Name, node.Summary.Type, node.Depth,
                snapshot.DegreeOf(node.Summary.Id), node.Summary.ArticleCount))
            .ToList();
        var drawn = edges
            .Where(edge => summaries.ContainsKey(edge.Source) && summaries.ContainsKey(edge.Target))
            .OrderBy(edge => edge.Id, StringComparer.Ordinal)
            .ToList();
        return new Neighbourhood(center.Id, depth, nodes, drawn, truncated);
    }

    private static NeighbourhoodEdge SaidEdge(SpeakerPair pair) =>
        new($"{SaidType}:{pair.Speaker}:{pair.About}", pair.Speaker, pair.About, SaidType, null, pair.Quotes);
}
