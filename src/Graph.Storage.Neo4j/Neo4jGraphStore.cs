using System.Text.Json.Nodes;
using Graph.Core.Linking;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.Storage.Neo4j.Internal;
using Graph.Storage.Neo4j.Internal.Cypher;
using Graph.Storage.Neo4j.Internal.QueryApi;
using Graph.Storage.Neo4j.Internal.Reading;
using Graph.Storage.Neo4j.Internal.Retries;
using Graph.Storage.Neo4j.Internal.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The production store: Neo4j 5.26 or later reached through its HTTP Query API. Writes go in batches, one
/// explicit transaction per batch; reads answer as the embedded store does, in the same order. Transient
/// errors (deadlocks between concurrent ingest workers included) and lost connections are retried.
/// Shortest paths are found by Neo4j itself (<see cref="IPathFinder"/>), in Cypher.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore, IPathFinder, INameStatistics, IEntityLinkStore, IQuoteLinkReader
{
    /// <summary>Articles per transaction: large enough to amortise round trips, small enough to keep locks short.</summary>
    public const int DefaultBatchSize = 50;

    /// <summary>The variable-length bound written into read/shortest-paths.cypher, where it cannot be a parameter.</summary>
    public const int MaxPathHops = 6;

    /// <summary>
    /// The most shortest paths read/shortest-paths.cypher enumerates (before ordering and paging): two hubs can be
    /// joined by millions, which would exhaust Neo4j's query memory. The total reported counts at most this many.
    /// </summary>
    public const int MaxPathsEnumerated = 10_000;

    private readonly Neo4jOptions options;
    private readonly HttpClient? ownedHttp;
    private readonly QueryApiClient client;
    private readonly RetryPolicy retry;
    private readonly ILogger logger;

    /// <summary>Opens a store with its own HTTP connection pool.</summary>
    public Neo4jGraphStore(Neo4jOptions options, ILoggerFactory? loggerFactory = null)
        : this(CreateHttpClient(), ownsHttp: true, options, loggerFactory, new RetrySettings())
    {
    }

    internal Neo4jGraphStore(
        HttpClient httpClient,
        bool ownsHttp,
        Neo4jOptions options,
        ILoggerFactory? loggerFactory,
        RetrySettings retrySettings,
        TimeProvider? time = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null,
        Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        ownedHttp = ownsHttp ? httpClient : null;
        logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<Neo4jGraphStore>();
        client = new QueryApiClient(httpClient, options);
        retry = new RetryPolicy(retrySettings, client.Server, logger, time, random, delay);
    }

    public int BatchSize { get; init; } = DefaultBatchSize;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // The constraints first: the full-text index covers the same labels, and start-up may run again.
        foreach (var statement in Statements.Constraints.Concat(Statements.Indexes))
        {
            await retry.ExecuteAsync(token => CreateSchemaRuleAsync(statement, token), cancellationToken);
        }
        // Entities stored before the name counts were kept on them get them once; batches then only change them.
        await retry.ExecuteAsync(token => client.RunAsync(Statements.CountEntityNames, null, token), cancellationToken);
        Log.SchemaReady(logger, client.Server, options.Database);
    }

    public async Task<ArticleState> GetArticleStateAsync(string articleId, int extractorVersion, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.ArticleState, new JsonObject { ["articleId"] = articleId }, cancellationToken);
        return result.Records.FirstOrDefault()?.NullableInt("extractorVersion") switch
        {
            null => ArticleState.Missing,
            var stored when stored == extractorVersion => ArticleState.Current,
            _ => ArticleState.Stale,
        };
    }

    /// <summary>One statement for the whole batch.</summary>
    public async Task<IReadOnlyList<ArticleState>> GetArticleStatesAsync(
        IReadOnlyList<(string Id, int Version)> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }
        var ids = new JsonArray([.. articles.Select(article => article.Id).Distinct().Select(id => (JsonNode?)id)]);
        var result = await ReadAsync(Statements.ArticleStates, new JsonObject { ["articleIds"] = ids }, cancellationToken);
        var stored = result.Records
            .GroupBy(record => record.String("articleId"))
            .ToDictionary(group => group.Key, group => group.First().NullableInt("extractorVersion"));
        return [.. articles.Select(article => stored.GetValueOrDefault(article.Id) switch
        {
            null => ArticleState.Missing,
            var version when version == article.Version => ArticleState.Current,
            _ => ArticleState.Stale,
        })];
    }

    public async Task SaveArticlesAsync(IReadOnlyList<ExtractedArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var writer = new BatchWriter(client);
        var links = await retry.ExecuteAsync(token => Neo4jEntityLinking.ReadLinksAsync(client, token), cancellationToken);
        foreach (var batch in articles.Chunk(Math.Max(1, BatchSize)))
        {
            var rows = BatchRows.From(batch, links);
            await retry.ExecuteAsync(token => writer.WriteAsync(rows, token), cancellationToken, IsEntityDeletedMeanwhile);
            Log.BatchStored(logger, rows.Articles.Count);
        }
    }

    public async Task<IReadOnlyList<EntitySummary>> SearchEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = EntityId.Slug(query.Text);
        var keyQuery = EntitySearch.KeyQuery(key);
        var result = await ReadAsync(keyQuery is null ? Statements.SearchEntitiesScan : Statements.SearchEntities, new JsonObject
        {
            ["key"] = key,
            ["keyQuery"] = keyQuery,
            ["type"] = query.Type?.ToString(),
            ["offset"] = Offset(query.Offset),
            ["limit"] = Limit(query.Limit),
        }, cancellationToken);
        return [.. result.Records.Select(record => Records.Entity(record.Map("entity")))];
    }

    public async Task<LinkReport> LinkEntitiesAsync(CancellationToken cancellationToken = default) =>
        await new Neo4jEntityLinking(client, retry, IsEntityDeletedMeanwhile, BatchSize).RunAsync(cancellationToken);

    public async Task<int> GetLinkerVersionAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.LinkerVersion, null, cancellationToken);
        return result.Records.Select(record => record.Int("version")).FirstOrDefault();
    }

    public async Task<EntitySummary?> GetEntityAsync(string entityId, CancellationToken cancellationToken = default)
    {
        // The id of an entity that linking merged into another leads to that one.
        var linked = await ReadAsync(Statements.LinkedId, new JsonObject { ["entityId"] = entityId }, cancellationToken);
        var id = linked.Records.Select(record => record.String("entityId")).FirstOrDefault() ?? entityId;
        var result = await ReadAsync(Statements.Entities, new JsonObject { ["entityIds"] = new JsonArray(id) }, cancellationToken);
        return result.Records.Select(record => Records.Entity(record.Map("entity"))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<NameCount>> GetNameCountsAsync(string entityId, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.NameCounts, new JsonObject { ["entityId"] = entityId }, cancellationToken);
        return [.. result.Records.Select(record => new NameCount(record.String("name"), record.Int("articles")))];
    }

    public async Task<IReadOnlyDictionary<string, int>> CountArticlesNamingAsync(
        string name, IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default)
    {
        var ids = new JsonArray([.. entityIds.Distinct().Select(id => (JsonNode?)id)]);
        var result = await ReadAsync(Statements.ArticlesNaming, new JsonObject { ["entityIds"] = ids, ["key"] = EntityId.Slug(name) }, cancellationToken);
        return result.Records.ToDictionary(record => record.String("id"), record => record.Int("articles"));
    }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type = null, CancellationToken cancellationToken = default) =>
        GetRelationshipsAsync(entityId, type, Period.All, cancellationToken);

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(string entityId, RelationType? type, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = await ReadAsync(Statements.Relationships, new JsonObject
        {
            ["entityId"] = entityId,
            ["type"] = type is { } relationType ? ContractNames.Of(relationType) : null,
            ["since"] = period.Since,
            ["until"] = period.Until,
        }, cancellationToken);
        return RelationshipRows.Group(result.Records);
    }

    public async Task<IReadOnlyList<QuoteRecord>> FindQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        // The statement that starts from the most selective filter given, through its index.
        var statement = query switch
        {
            { SpeakerId: not null } => Statements.QuotesBySpeaker,
            { ArticleId: not null } => Statements.QuotesInArticle,
            { AboutId: not null } => Statements.QuotesAbout,
            _ => Statements.Quotes,
        };
        var result = await ReadAsync(statement, new JsonObject
        {
            ["speakerId"] = query.SpeakerId,
            ["aboutId"] = query.AboutId,
            ["articleId"] = query.ArticleId,
            ["contains"] = query.Contains,
            ["since"] = query.Period?.Since,
            ["until"] = query.Period?.Until,
            ["outlets"] = query.Outlets is null ? null : new JsonArray([.. query.Outlets.Select(outlet => (JsonNode?)outlet)]),
            ["speakerType"] = query.SpeakerType is { } speakerType ? ContractNames.Of(speakerType) : null,
            ["speakerRole"] = query.SpeakerRole,
            ["speakerAffiliationId"] = query.SpeakerAffiliationId,
            ["offset"] = Offset(query.Offset),
            ["limit"] = Limit(query.Limit),
        }, cancellationToken);
        return [.. result.Records.Select(record =>
        {
            var quote = record.Map("quote");
            return new QuoteRecord(
                Nodes.String(quote["id"]),
                Records.Entity(record.Map("speaker")),
                Nodes.String(quote["text"]),
                [.. record.List("about").OfType<JsonObject>().Select(Records.Entity)],
                Nodes.String(quote["cue"]),
                Records.Article(record.Map("article")));
        })];
    }

    public async Task<ArticleReference?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.Article, new JsonObject { ["articleId"] = articleId }, cancellationToken);
        return result.Records.Select(record => Records.Article(record.Map("article"))).FirstOrDefault();
    }

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(CancellationToken cancellationToken = default) =>
        GetEdgesAsync(Period.All, cancellationToken);

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = period.IsAll
            ? await ReadAsync(Statements.Edges, null, cancellationToken)
            : await ReadAsync(Statements.EdgesInPeriod, new JsonObject { ["since"] = period.Since, ["until"] = period.Until }, cancellationToken);
        return [.. result.Records.Select(record => new GraphEdge(
            record.String("sourceId"),
            record.String("targetId"),
            ContractNames.RelationTypeOf(record.String("type")),
            ContractNames.StatusOf(Records.Optional(record.NullableString("status"))))
        {
            Role = Records.Optional(record.NullableString("role")),
            Articles = record.Int("articles"),
            FirstSeen = record.NullableString("firstSeen"),
            LastSeen = record.NullableString("lastSeen"),
        })];
    }

    public async Task<IReadOnlyList<OutletCount>> GetOutletsAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(Statements.Outlets, null, cancellationToken);
        return [.. result.Records.Select(record => new OutletCount(record.String("name"), record.Int("articles")))];
    }

    public async Task<IReadOnlyList<QuoteLink>> GetQuoteLinksAsync(Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = await ReadAsync(Statements.QuoteLinks, new JsonObject { ["since"] = period.Since, ["until"] = period.Until }, cancellationToken);
        return [.. result.Records.Select(record => new QuoteLink(
            record.String("quoteId"), record.String("speakerId"), record.NullableString("aboutId")))];
    }

    public int MaxHops => MaxPathHops;

    /// <summary>
    /// False: a quote joins its speaker to its subject through a Quote node, two relationships that count as
    /// one hop, which Cypher's shortest-path search cannot weigh; paths through quotes are searched by the caller.
    /// </summary>
    public bool FollowsQuotes => false;

    public async Task<EntityPaths> FindShortestPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.FollowQuotes)
        {
            throw new NotSupportedException("The Neo4j store finds paths over relationships only; paths through quotes are searched by the caller.");
        }
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxHops, MaxPathHops, nameof(query));
        if (string.Equals(query.FromId, query.ToId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A path needs two different entities (Neo4j's shortest-path search refuses one).", nameof(query));
        }
        if (query.MaxHops < 1 || query.Limit < 1)
        {
            return EntityPaths.None;
        }
        var result = await ReadAsync(Statements.ShortestPaths, new JsonObject
        {
            ["fromId"] = query.FromId,
            ["toId"] = query.ToId,
            ["maxHops"] = query.MaxHops,
            ["maxPaths"] = MaxPathsEnumerated,
            ["limit"] = query.Limit,
        }, cancellationToken);
        return PathRows.Read(result.Records);
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        GetStatisticsAsync(Period.All, cancellationToken);

    public async Task<GraphStatistics> GetStatisticsAsync(Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = period.IsAll
            ? await ReadAsync(Statements.Statistics, null, cancellationToken)
            : await ReadAsync(Statements.StatisticsInPeriod, new JsonObject { ["since"] = period.Since, ["until"] = period.Until }, cancellationToken);
        var record = result.Records.Single();
        return new GraphStatistics(
            record.Int("articles"), record.Int("people"), record.Int("countries"), record.Int("organizations"),
            record.Int("meetings"), record.Int("affiliations"), record.Int("leaderships"), record.Int("quotes"));
    }

    public ValueTask DisposeAsync()
    {
        ownedHttp?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs the tests' statement that deletes every node and relationship (cypher/testing/clear-database.cypher,
    /// embedded in the test assembly only), so each contract test starts on an empty graph.</summary>
    internal Task ClearAsync(string clearStatement, CancellationToken cancellationToken = default) =>
        ReadAsync(new CypherStatement("testing/clear-database", clearStatement), null, cancellationToken);

    // Another process (the API and an ingest started together, several workers) may create the same rule at the
    // same moment; IF NOT EXISTS does not cover that race, and the loser gets one of these client errors: the rule
    // exists, which is all start-up needs.
    private async Task CreateSchemaRuleAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        try
        {
            await client.RunAsync(statement, null, cancellationToken);
        }
        catch (Neo4jClientException e) when (e.Code is "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"
            or "Neo.ClientError.Schema.ConstraintAlreadyExists" or "Neo.ClientError.Schema.IndexAlreadyExists")
        {
            Log.SchemaRuleCreatedElsewhere(logger, statement.Name, e.Code);
        }
    }

    // Paging as SQLite pages in the embedded store: a negative offset is none, a negative limit no limit.
    private static int Offset(int offset) => Math.Max(0, offset);

    private static int Limit(int limit) => limit < 0 ? int.MaxValue : limit;

    // A concurrent worker may delete an entity (its last mention gone) while this batch waits to lock it; running
    // the whole batch again (it is idempotent) recreates it if this batch still mentions it.
    private static bool IsEntityDeletedMeanwhile(Neo4jException error) => error.Code == "Neo.ClientError.Statement.EntityNotFound";

    private Task<QueryResult> ReadAsync(CypherStatement statement, JsonObject? parameters, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(token => client.RunAsync(statement, parameters, token), cancellationToken);

    private static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        // Re-resolve DNS now and then (a Neo4j container or cluster member may move), and fail fast when nothing listens.
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        // Neo4jOptions.RequestTimeout bounds each request, reading of the answer included (HttpClient's own time-out
        // would stop at the headers of a streamed answer).
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };
}
