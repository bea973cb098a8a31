using QuikGraph;

namespace Graph.Queries.Algorithms.ShortestPaths;

/// <summary>
/// Every shortest path between two vertices of an unweighted undirected graph, up to a hop limit: a
/// breadth-first search from the source that stops at the target's level, then the paths read forward
/// through the shortest-path DAG, smaller vertices first, so they come in lexicographic order.
/// </summary>
public sealed class AllShortestPathsAlgorithm<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, IComparer<TVertex> order)
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    public ShortestPaths<TVertex> Compute(TVertex source, TVertex target, int maxHops, int maxPaths, CancellationToken cancellationToken = default)
    {
        if (!graph.ContainsVertex(source) || !graph.ContainsVertex(target) || maxHops < 1 || maxPaths < 1)
        {
            return ShortestPaths<TVertex>.None;
        }
        if (Equals(source, target))
        {
            return new ShortestPaths<TVertex>(0, 1, [[source]]);
        }

        var distance = new Dictionary<TVertex, int> { [source] = 0 };
        var predecessors = new Dictionary<TVertex, List<TVertex>>();
        var pathCounts = new Dictionary<TVertex, double> { [source] = 1 };
        var layer = new List<TVertex> { source };
        for (var hops = 1; hops <= maxHops && layer.Count > 0 && !distance.ContainsKey(target); hops++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = new List<TVertex>();
            foreach (var vertex in layer)
            {
                foreach (var edge in graph.AdjacentEdges(vertex))
                {
                    var other = Equals(edge.Source, vertex) ? edge.Target : edge.Source;
                    if (!distance.TryGetValue(other, out var known))
                    {
                        distance[other] = known = hops;
                        predecessors[other] = [];
                        pathCounts[other] = 0;
                        next.Add(other);
                    }
                    if (known == hops && !predecessors[other].Contains(vertex))
                    {
                        predecessors[other].Add(vertex);
                        pathCounts[other] += pathCounts[vertex];
                    }
                }
            }
            layer = next;
        }
        if (!distance.TryGetValue(target, out var length))
        {
            return ShortestPaths<TVertex>.None;
        }

        // Walk back from the target to keep only the vertices on some shortest path, then read forward.
        var successors = new Dictionary<TVertex, List<TVertex>>();
        var pending = new Stack<TVertex>([target]);
        var seen = new HashSet<TVertex> { target };
        while (pending.Count > 0)
        {
            var vertex = pending.Pop();
            foreach (var predecessor in predecessors.GetValueOrDefault(vertex) ?? [])
            {
                (successors.TryGetValue(predecessor, out var list) ? list : successors[predecessor] = []).Add(vertex);
                if (seen.Add(predecessor))
                {
                    pending.Push(predecessor);
                }
            }
        }
        foreach (var list in successors.Values)
        {
            list.Sort(order);
        }

        var paths = new List<IReadOnlyList<TVertex>>();
        var current = new List<TVertex> { source };
        Walk(source);
        return new ShortestPaths<TVertex>(length, pathCounts[target], paths);

        void Walk(TVertex vertex)
        {
            if (Equals(vertex, target))
            {
                paths.Add(current.ToArray());
                return;
            }
            foreach (var next in successors.GetValueOrDefault(vertex) ?? [])
            {
                if (paths.Count >= maxPaths)
                {
                    return;
                }
                current.Add(next);
                Walk(next);
                current.RemoveAt(current.Count - 1);
            }
        }
    }
}
