using QuikGraph;

namespace Graph.Queries.Algorithms.ShortestPaths;

/// <summary>
/// Every shortest path between two vertices of an unweighted undirected graph, up to a hop limit: a breadth-first
/// search from both ends, a whole layer at a time from the side whose next layer costs fewer edges, until the two
/// searches meet; then the paths read forward through the shortest-path DAG, smaller vertices first, so they come in
/// lexicographic order. Searching from both ends keeps a path between two people from walking every neighbour of
/// the hubs next to them (a country or a party has thousands).
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

        var forward = new Search(graph, source);
        var backward = new Search(graph, target);
        var middle = new List<TVertex>();
        while (middle.Count == 0 && forward.Radius + backward.Radius < maxHops && forward.Layer.Count > 0 && backward.Layer.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (growing, other) = forward.NextLayerCost() <= backward.NextLayerCost() ? (forward, backward) : (backward, forward);
            growing.Grow();
            // Every layer before this one was apart from the other side, so a vertex both sides reached now lies
            // forward.Radius + backward.Radius hops from each end's side: it is the middle of shortest paths.
            middle.AddRange(growing.Layer.Where(vertex => other.Reached(vertex, other.Radius)));
        }
        if (middle.Count == 0)
        {
            return ShortestPaths<TVertex>.None;
        }

        // The shortest-path DAG: from the source to the middle through the forward search's predecessors, and from the
        // middle to the target through the backward search's (read the other way round).
        var successors = new Dictionary<TVertex, List<TVertex>>();
        var total = 0d;
        foreach (var vertex in middle)
        {
            total += forward.PathCount(vertex) * backward.PathCount(vertex);
        }
        AddTowardsSource(forward, middle);
        AddTowardsTarget(backward, middle);
        foreach (var list in successors.Values)
        {
            list.Sort(order);
        }

        var paths = new List<IReadOnlyList<TVertex>>();
        var current = new List<TVertex> { source };
        Walk(source);
        return new ShortestPaths<TVertex>(forward.Radius + backward.Radius, total, paths);

        void AddTowardsSource(Search search, IEnumerable<TVertex> from)
        {
            var pending = new Stack<TVertex>(from);
            var seen = new HashSet<TVertex>(from);
            while (pending.Count > 0)
            {
                var vertex = pending.Pop();
                foreach (var predecessor in search.PredecessorsOf(vertex))
                {
                    Successors(predecessor).Add(vertex);
                    if (seen.Add(predecessor))
                    {
                        pending.Push(predecessor);
                    }
                }
            }
        }

        void AddTowardsTarget(Search search, IEnumerable<TVertex> from)
        {
            var pending = new Stack<TVertex>(from);
            var seen = new HashSet<TVertex>(from);
            while (pending.Count > 0)
            {
                var vertex = pending.Pop();
                foreach (var next in search.PredecessorsOf(vertex))
                {
                    Successors(vertex).Add(next);
                    if (seen.Add(next))
                    {
                        pending.Push(next);
                    }
                }
            }
        }

        List<TVertex> Successors(TVertex vertex) =>
            successors.TryGetValue(vertex, out var list) ? list : successors[vertex] = [];

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

    /// <summary>A breadth-first search from one end, grown a whole layer at a time.</summary>
    private sealed class Search(IUndirectedGraph<TVertex, TEdge> graph, TVertex start)
    {
        private readonly Dictionary<TVertex, int> distance = new() { [start] = 0 };
        private readonly Dictionary<TVertex, List<TVertex>> predecessors = new();
        private readonly Dictionary<TVertex, double> pathCounts = new() { [start] = 1 };

        /// <summary>How far the search has gone: every vertex this many hops away or closer is known.</summary>
        public int Radius { get; private set; }

        /// <summary>The vertices exactly <see cref="Radius"/> hops away.</summary>
        public List<TVertex> Layer { get; private set; } = [start];

        /// <summary>How many edges growing the next layer walks.</summary>
        public long NextLayerCost() => Layer.Sum(vertex => (long)graph.AdjacentDegree(vertex));

        public bool Reached(TVertex vertex, int hops) => distance.TryGetValue(vertex, out var found) && found == hops;

        public double PathCount(TVertex vertex) => pathCounts[vertex];

        /// <summary>The neighbours one hop closer to this search's end, on a shortest path to it.</summary>
        public IReadOnlyList<TVertex> PredecessorsOf(TVertex vertex) => predecessors.GetValueOrDefault(vertex) ?? [];

        public void Grow()
        {
            var hops = Radius + 1;
            var next = new List<TVertex>();
            foreach (var vertex in Layer)
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
            Radius = hops;
            Layer = next;
        }
    }
}
