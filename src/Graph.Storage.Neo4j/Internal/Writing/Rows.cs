using System.Collections.Immutable;

namespace Graph.Storage.Neo4j.Internal.Writing;

// The rows sent as UNWIND parameters by the write statements in cypher/write. Their property names are the
// keys the statements read (row.articleId, ...), and the same as the samples in cypher/schema.json.

internal sealed record ArticleRow(string Id, string Source, string? Title, string? Url, string? Date, string? Outlet, int ExtractorVersion)
{
    /// <summary>The article's whole graph as extracted (raw ids), kept so that a linking pass can write it again.</summary>
    public string? Graph { get; init; }
}

/// <summary>A stored article's row and its graph as extracted, for writing it again with new links.</summary>
internal sealed record StoredArticle(ArticleRow Row, Graph.Core.Model.ArticleGraph Graph);

/// <summary>How one article names one entity: every name, which of them are canonical, and their folded search keys.</summary>
internal sealed record MentionRow(
    string ArticleId, string EntityId, string RawId, string Type,
    ImmutableArray<string> Names, ImmutableArray<string> Canonical, ImmutableArray<string> Keys);

/// <summary>One supporting sentence of a MET (with status), AFFILIATED_WITH (with role) or LEADER_OF fact.</summary>
internal sealed record RelationRow(string ArticleId, string SourceId, string TargetId, string? Status, string? Role, string Evidence);

internal sealed record QuoteRow(
    string Id, string ArticleId, string SpeakerId, string Text, string Cue, int Start, ImmutableArray<string> About);

/// <summary>An entity's merged names, and the counts over the articles still mentioning it they come from.</summary>
internal sealed record EntityNamesRow(string Id, string Name, ImmutableArray<string> Aliases, ImmutableArray<string> Keys)
{
    /// <summary>In how many articles the entity is mentioned.</summary>
    public int Articles { get; init; }

    /// <summary>Every name of the entity, in ordinal order; the two lists below count per name, at the same position.</summary>
    public ImmutableArray<string> Names { get; init; } = [];

    public ImmutableArray<int> NameArticles { get; init; } = [];

    public ImmutableArray<int> CanonicalArticles { get; init; } = [];
}

/// <summary>How one article names an entity, as read back from its MENTIONS relationship (or all of them, merged).</summary>
internal sealed record ArticleNames(string Article, ImmutableArray<string> Names, ImmutableArray<string> Canonical);
