using QuikGraph;

namespace Graph.Queries.Algorithms.Centrality;

/// <summary>
/// Betweenness centrality of every vertex of an unweighted undirected graph, by Brandes' algorithm
/// ("A faster algorithm for betweenness centrality", 2001): one breadth-first search per source, then the
/// dependencies accumulated back along the shortest-path predecessors, in O(V·E) time and O(V+E) space.
/// QuikGraph has no centrality algorithms of its own.
/// </summary>
/// <remarks>
/// Scores count, for each unordered pair of other vertices, the share of their shortest paths that pass
/// through the vertex; the normalised score divides by the number of such pairs, (n-1)(n-2)/2.
/// </remarks>
public sealed class BetweennessCentralityAlgorithm<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph)
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    public IReadOnlyDictionary<TVertex, double> Compute(CancellationToken cancellationToken = default) => Compute(null, cancellationToken);

    /// <summary>
    /// Exact scores when <paramref name="sampledSources"/> is null (or not below the vertex count); otherwise an
    /// estimate from that many sources spread evenly over the vertices, each dependency scaled by n / sources.
    /// </summary>
    public IReadOnlyDictionary<TVertex, double> Compute(int? sampledSources, CancellationToken cancellationToken = default)
    {
        var vertices = graph.Vertices.ToArray();
        var index = new Dictionary<TVertex, int>(vertices.Length);
        for (var i = 0; i < vertices.Length; i++)
        {
            index[vertices[i]] = i;
        }
        var adjacency = vertices
            .Select(vertex => graph.AdjacentEdges(vertex)
                .Select(edge => index[Equals(edge.Source, vertex) ? edge.Target : edge.Source])
                .Where(other => !Equals(vertices[other], vertex))
                .Distinct().ToArray())
            .ToArray();

        var n = vertices.Length;
        var centrality = new double[n];
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        var predecessors = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var stack = new Stack<int>(n);
        var queue = new Queue<int>(n);

        var sources = sampledSources is { } k && k > 0 && k < n
            ? Enumerable.Range(0, k).Select(i => (int)((long)i * n / k)).ToArray()
            : Enumerable.Range(0, n).ToArray();
        var scale = n == 0 ? 1 : (double)n / sources.Length;
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var v = 0; v < n; v++)
            {
                predecessors[v].Clear();
                sigma[v] = 0;
                distance[v] = -1;
                delta[v] = 0;
            }
            sigma[source] = 1;
            distance[source] = 0;
            queue.Enqueue(source);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                stack.Push(v);
                foreach (var w in adjacency[v])
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }
                    if (distance[w] == distance[v] + 1)
                    {
                        sigma[w] += sigma[v];
                        predecessors[w].Add(v);
                    }
                }
            }
            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var v in predecessors[w])
                {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != source)
                {
                    centrality[w] += delta[w];
                }
            }
        }

        // Each unordered pair was counted once from either end.
        var scores = new Dictionary<TVertex, double>(n);
        for (var v = 0; v < n; v++)
        {
            scores[vertices[v]] = centrality[v] * scale / 2;
        }
        return scores;
    }

    /// <summary>A score divided by the number of pairs of other vertices, so it lies between 0 and 1.</summary>
    public static double Normalise(double score, int vertexCount) =>
        vertexCount < 3 ? 0 : score / ((vertexCount - 1) * (double)(vertexCount - 2) / 2);
}
