using System.Collections.Immutable;
using Graph.Core.Model;
using Graph.Core.Queries;

namespace Graph.Queries.Relationships;

/// <summary>A relationship seen from one of its ends, with the sentences that state it and the articles they stand in.</summary>
/// <param name="Other">The end that is not the entity asked about.</param>
/// <param name="Direction">outgoing (the entity is the source), incoming, or both for MET, which is symmetric.</param>
/// <param name="FirstSeen">The date of the earliest dated article behind it (null when none is dated).</param>
/// <param name="LastSeen">The date of the latest dated article behind it.</param>
/// <param name="ArticleCount">How many articles support it (all of them, also when <paramref name="Evidence"/> shows only the first).</param>
/// <param name="Evidence">The first <see cref="MaxEvidence"/> sentences that state it, the earliest article first.</param>
/// <param name="Articles">The articles of those sentences.</param>
public sealed record RelationshipView(
    RelationType Type,
    EntitySummary Source,
    EntitySummary Target,
    EntitySummary Other,
    string Direction,
    MeetingStatus? Status,
    string? Role,
    string? FirstSeen,
    string? LastSeen,
    int ArticleCount,
    ImmutableArray<Evidence> Evidence,
    ImmutableArray<ArticleReference> Articles)
{
    /// <summary>
    /// The most evidence one relationship shows: a head of state's leadership of the country is stated in thousands of
    /// articles, and one answer must not carry them all (8 MB on news-37k).
    /// </summary>
    public const int MaxEvidence = 20;

    public static RelationshipView From(Relationship relationship, string entityId)
    {
        var shown = relationship.Evidence.Length > MaxEvidence ? relationship.Evidence[..MaxEvidence] : relationship.Evidence;
        return Of(relationship.Type, relationship.Source, relationship.Target, relationship.Status, relationship.Role,
            relationship.FirstSeen, relationship.LastSeen, relationship.ArticleCount, shown, entityId);
    }

    /// <summary>A relationship from its counted edge (the in-memory graph's) and the sentences read to show with it.</summary>
    public static RelationshipView From(GraphEdge edge, EntitySummary source, EntitySummary target, ImmutableArray<Evidence> shown, string entityId) =>
        Of(edge.Type, source, target, edge.Status, edge.Role, edge.FirstSeen, edge.LastSeen, edge.Articles, shown, entityId);

    private static RelationshipView Of(
        RelationType type, EntitySummary source, EntitySummary target, MeetingStatus? status, string? role,
        string? firstSeen, string? lastSeen, int articleCount, ImmutableArray<Evidence> shown, string entityId)
    {
        var outgoing = source.Id == entityId;
        return new RelationshipView(
            type,
            source,
            target,
            outgoing ? target : source,
            type == RelationType.Met ? "both" : outgoing ? "outgoing" : "incoming",
            status,
            role,
            firstSeen,
            lastSeen,
            articleCount,
            shown,
            shown.Select(e => e.Article).DistinctBy(a => a.Id).ToImmutableArray());
    }
}
