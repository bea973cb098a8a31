namespace Graph.Storage.Neo4j.Internal.Cypher;

/// <summary>Every statement the store runs, loaded once from the embedded cypher/ files.</summary>
internal static class Statements
{
    public static IReadOnlyList<CypherStatement> Constraints { get; } = CypherFiles.LoadMany("schema/constraints");
    public static IReadOnlyList<CypherStatement> Indexes { get; } = CypherFiles.LoadMany("schema/indexes");

    public static CypherStatement MentionedEntities { get; } = CypherFiles.Load("write/mentioned-entities");
    public static CypherStatement LockEntities { get; } = CypherFiles.Load("write/lock-entities");
    public static CypherStatement RetractRelations { get; } = CypherFiles.Load("write/retract-relations");
    public static CypherStatement RetractQuotes { get; } = CypherFiles.Load("write/retract-quotes");
    public static CypherStatement RetractMentions { get; } = CypherFiles.Load("write/retract-mentions");
    public static CypherStatement MergeArticles { get; } = CypherFiles.Load("write/merge-articles");
    public static CypherStatement MergeMentions { get; } = CypherFiles.Load("write/merge-mentions");
    public static CypherStatement MergeMeetings { get; } = CypherFiles.Load("write/merge-meetings");
    public static CypherStatement MergeAffiliations { get; } = CypherFiles.Load("write/merge-affiliations");
    public static CypherStatement MergeLeaderships { get; } = CypherFiles.Load("write/merge-leaderships");
    public static CypherStatement MergeQuotes { get; } = CypherFiles.Load("write/merge-quotes");
    public static CypherStatement EntityNames { get; } = CypherFiles.Load("write/entity-names");
    public static CypherStatement CountEntityNames { get; } = CypherFiles.Load("write/count-entity-names");
    public static CypherStatement SetEntityNames { get; } = CypherFiles.Load("write/set-entity-names");
    public static CypherStatement DeleteOrphanEntities { get; } = CypherFiles.Load("write/delete-orphan-entities");
    public static CypherStatement CompleteArticles { get; } = CypherFiles.Load("write/complete-articles");

    public static CypherStatement ReplaceEntityLinks { get; } = CypherFiles.Load("write/replace-entity-links");

    public static CypherStatement SetLinkerVersion { get; } = CypherFiles.Load("write/set-linker-version");

    public static CypherStatement LinkerVersion { get; } = CypherFiles.Load("read/linker-version");
    public static CypherStatement RawEntityNames { get; } = CypherFiles.Load("read/raw-entity-names");
    public static CypherStatement RawEntityArticles { get; } = CypherFiles.Load("read/raw-entity-articles");
    public static CypherStatement EntityLinks { get; } = CypherFiles.Load("read/entity-links");
    public static CypherStatement LinkedId { get; } = CypherFiles.Load("read/linked-id");
    public static CypherStatement ArticlesMentioningRaw { get; } = CypherFiles.Load("read/articles-mentioning-raw");
    public static CypherStatement StoredArticles { get; } = CypherFiles.Load("read/stored-articles");

    public static CypherStatement ArticleStates { get; } = CypherFiles.Load("read/article-states");
    public static CypherStatement ArticleState { get; } = CypherFiles.Load("read/article-state");
    public static CypherStatement Article { get; } = CypherFiles.Load("read/article");
    public static CypherStatement Entities { get; } = CypherFiles.Load("read/entities");
    public static CypherStatement NameCounts { get; } = CypherFiles.Load("read/name-counts");
    public static CypherStatement ArticlesNaming { get; } = CypherFiles.Load("read/articles-naming");
    public static CypherStatement SearchEntities { get; } = CypherFiles.Load("read/search-entities");
    public static CypherStatement SearchEntitiesScan { get; } = CypherFiles.Load("read/search-entities-scan");
    public static CypherStatement Relationships { get; } = CypherFiles.Load("read/relationships");
    public static CypherStatement Quotes { get; } = CypherFiles.Load("read/quotes");
    public static CypherStatement QuotesBySpeaker { get; } = CypherFiles.Load("read/quotes-by-speaker");
    public static CypherStatement QuotesInArticle { get; } = CypherFiles.Load("read/quotes-in-article");
    public static CypherStatement QuotesAbout { get; } = CypherFiles.Load("read/quotes-about");
    public static CypherStatement Edges { get; } = CypherFiles.Load("read/edges");
    public static CypherStatement EdgesInPeriod { get; } = CypherFiles.Load("read/edges-in-period");
    public static CypherStatement Outlets { get; } = CypherFiles.Load("read/outlets");
    public static CypherStatement QuoteLinks { get; } = CypherFiles.Load("read/quote-links");
    public static CypherStatement ShortestPaths { get; } = CypherFiles.Load("read/shortest-paths");
    public static CypherStatement Statistics { get; } = CypherFiles.Load("read/statistics");

    public static CypherStatement StatisticsInPeriod { get; } = CypherFiles.Load("read/statistics-in-period");
}
