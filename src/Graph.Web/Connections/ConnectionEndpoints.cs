using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Web.Graphs;
using Graph.Web.Relationships;
using Graph.Web.Requests;
using Graph.Web.Resolution;
using Microsoft.AspNetCore.Http.HttpResults;
using QuikGraph;

namespace Graph.Web.Connections;

public static class ConnectionEndpoints
{
    private const int QuotesPerStep = 3;

    public static IEndpointRouteBuilder MapConnectionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/connections").WithTags("Connections");

        group.MapGet("/", FindConnectionsAsync)
            .WithName("FindConnections")
            .WithSummary("All shortest paths between two entities, every step explained by its relationships and evidence")
            .WithDescription("Relationships are followed in either direction; with quotes=true a quote also links its speaker to whom it is about. Paths come in lexicographic order of entity ids; maxHops bounds their length, limit their number.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return routes;
    }

    public static async Task<Results<Ok<EntityConnections>, ProblemHttpResult, ValidationProblem>> FindConnectionsAsync(
        string? from, string? to, int? maxHops, int? limit, bool? quotes,
        IGraphReader reader, EntityResolver resolver, GraphSnapshotProvider snapshots, ConnectionFinder finder, CancellationToken cancellationToken)
    {
        var validation = new RequestValidation();
        var fromText = validation.Text("from", from);
        var toText = validation.Text("to", to);
        var hops = validation.Range("maxHops", maxHops, ApiLimits.DefaultPathHops, 1, ApiLimits.MaxPathHops);
        var paths = validation.Limit(limit, ApiLimits.DefaultPaths, ApiLimits.MaxPaths);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var source = await resolver.ResolveAsync(fromText, cancellationToken);
        if (source.Entity is null)
        {
            return EntityProblems.For(source, "from", fromText);
        }
        var target = await resolver.ResolveAsync(toText, cancellationToken);
        if (target.Entity is null)
        {
            return EntityProblems.For(target, "to", toText);
        }
        if (source.Entity.Id == target.Entity.Id)
        {
            validation.Add("to", "from and to are the same entity.");
            return TypedResults.ValidationProblem(validation.Errors);
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        var query = new PathQuery(source.Entity.Id, target.Entity.Id, hops, paths, FollowQuotes: quotes == true);
        var found = await finder.FindAsync(snapshot, query, cancellationToken);
        // Steps are explained from the snapshot's links (what relationship types, which quotes join the two ends).
        var graph = query.FollowQuotes ? await snapshot.GraphWithQuotesAsync(cancellationToken) : snapshot.Graph;
        var explained = await ExplainAsync(reader, snapshot, graph, found.Paths, cancellationToken);
        return TypedResults.Ok(new EntityConnections(source.Entity, target.Entity, hops, found.Hops, found.Total, explained));
    }

    private static async Task<IReadOnlyList<ConnectionPath>> ExplainAsync(
        IGraphReader reader, GraphSnapshot snapshot, UndirectedGraph<string, EntityLink> graph, IReadOnlyList<IReadOnlyList<string>> paths,
        CancellationToken cancellationToken)
    {
        var summaries = await snapshot.SummariesAsync(paths.SelectMany(path => path), cancellationToken);
        var relationshipsOf = new Dictionary<(string Entity, RelationType Type), IReadOnlyList<Relationship>>();
        var explained = new List<ConnectionPath>(paths.Count);
        // An edge can outlive its entity for a moment while an article is being replaced; such a path is left out.
        foreach (var path in paths.Where(path => path.All(summaries.ContainsKey)))
        {
            var steps = new List<ConnectionStep>(path.Count - 1);
            for (var i = 0; i + 1 < path.Count; i++)
            {
                var (first, second) = (path[i], path[i + 1]);
                graph.TryGetEdge(first, second, out var link);
                if (link is null)
                {
                    graph.TryGetEdge(second, first, out link);
                }
                // A path the store found may use a link the snapshot has not seen yet: every type is asked for then.
                var types = link is null ? Enum.GetValues<RelationType>() : link.Edges.Select(edge => edge.Type).Distinct().Order().ToArray();
                steps.Add(new ConnectionStep(first, second,
                    types.Length > 0 ? await RelationshipsBetweenAsync(first, second, types) : [],
                    link is { Quotes.IsEmpty: false } ? await QuotesBetweenAsync(reader, link, cancellationToken) : []));
            }
            explained.Add(new ConnectionPath(path.Select(id => summaries[id]).ToList(), steps));
        }
        return explained;

        async Task<IReadOnlyList<RelationshipView>> RelationshipsBetweenAsync(string first, string second, IReadOnlyList<RelationType> types)
        {
            // Both ends know the relationships between them: ask the one with fewer, for the types the link has only.
            var asked = snapshot.DegreeOf(first) <= snapshot.DegreeOf(second) ? first : second;
            var views = new List<RelationshipView>();
            foreach (var type in types)
            {
                if (!relationshipsOf.TryGetValue((asked, type), out var relationships))
                {
                    relationshipsOf[(asked, type)] = relationships = await reader.GetRelationshipsAsync(asked, type, cancellationToken);
                }
                views.AddRange(relationships
                    .Where(r => (r.Source.Id == first && r.Target.Id == second) || (r.Source.Id == second && r.Target.Id == first))
                    .Select(r => RelationshipView.From(r, first)));
            }
            return views;
        }
    }

    private static async Task<IReadOnlyList<QuoteRecord>> QuotesBetweenAsync(IGraphReader reader, EntityLink link, CancellationToken cancellationToken)
    {
        var quotes = new List<QuoteRecord>();
        foreach (var pair in link.Quotes)
        {
            quotes.AddRange(await reader.FindQuotesAsync(new QuoteQuery(SpeakerId: pair.Speaker, AboutId: pair.About, Limit: QuotesPerStep), cancellationToken));
        }
        return quotes;
    }
}
