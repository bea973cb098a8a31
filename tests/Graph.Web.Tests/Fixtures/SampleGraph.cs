using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Web.Tests.Fixtures;

/// <summary>
/// A small made-up world: Anna Kovács leads Veloria and met Bram de Vries and Carl Otto; Jean-Luc Moreau is
/// to meet both of them and met Peter Lind; Peter and Maria Lind share a surname. So Peter Lind reaches Anna
/// by exactly two shortest paths of three hops, one through Bram and one through Carl.
/// </summary>
public static class SampleGraph
{
    public static readonly string Anna = EntityId.For(EntityType.Person, "Anna Kovács");
    public static readonly string Bram = EntityId.For(EntityType.Person, "Bram de Vries");
    public static readonly string Carl = EntityId.For(EntityType.Person, "Carl Otto");
    public static readonly string JeanLuc = EntityId.For(EntityType.Person, "Jean-Luc Moreau");
    public static readonly string Peter = EntityId.For(EntityType.Person, "Peter Lind");
    public static readonly string Maria = EntityId.For(EntityType.Person, "Maria Lind");
    public static readonly string Veloria = EntityId.For(EntityType.Country, "Veloria");
    public static readonly string Alliance = EntityId.For(EntityType.Organization, "Northern Alliance");
    public static readonly string Institute = EntityId.For(EntityType.Organization, "Coastal Institute");

    /// <summary>Every entity of the sample, in id order.</summary>
    public static IReadOnlyList<string> Entities => [.. new[] { Anna, Bram, Carl, JeanLuc, Peter, Maria, Veloria, Alliance, Institute }.Order(StringComparer.Ordinal)];

    public const string SummitEvidence = "Anna Kovács, the president of Veloria, met Bram de Vries in Porto on Monday.";
    public const string BramQuote = "We welcome the talks with Veloria";
    public const string MoreauQuote = "Kovács is a careful negotiator";

    public static IReadOnlyList<ExtractedArticle> Articles() => [Summit(), Preview(), Harbour()];

    private static ExtractedArticle Summit()
    {
        var article = new ArticleBuilder("Veloria and the Alliance hold summit",
            $"""
            {SummitEvidence} Kovács also met Carl Otto, the trade envoy.
            Bram de Vries, secretary general of the Northern Alliance, said: "{BramQuote}." Kovacs did not comment.
            """, "2024-03-04");
        var anna = article.Entity(EntityType.Person, "Anna Kovács", "Kovács", "Kovacs");
        var bram = article.Entity(EntityType.Person, "Bram de Vries");
        var carl = article.Entity(EntityType.Person, "Carl Otto");
        var veloria = article.Entity(EntityType.Country, "Veloria");
        var alliance = article.Entity(EntityType.Organization, "Northern Alliance");
        return article
            .Relation(RelationType.Met, anna, bram, SummitEvidence, MeetingStatus.Held)
            .Relation(RelationType.Met, anna, carl, "Kovács also met Carl Otto, the trade envoy.", MeetingStatus.Held)
            .Relation(RelationType.LeaderOf, anna, veloria, SummitEvidence)
            .Relation(RelationType.AffiliatedWith, bram, alliance, "Bram de Vries, secretary general of the Northern Alliance, said", role: "secretary general")
            .Quote(bram, BramQuote, "said", anna, veloria)
            .Build();
    }

    private static ExtractedArticle Preview()
    {
        var article = new ArticleBuilder("Analyst to meet alliance chief",
            """
            Jean-Luc Moreau, an analyst at the Coastal Institute, will meet Bram de Vries next week.
            Moreau is also due to meet Carl Otto. "Kovács is a careful negotiator," Moreau said.
            Bram de Vries, secretary general of the Northern Alliance, met Anna Kovács last month.
            """, "2024-03-10");
        var jeanLuc = article.Entity(EntityType.Person, "Jean-Luc Moreau", "Moreau");
        var bram = article.Entity(EntityType.Person, "Bram de Vries");
        var carl = article.Entity(EntityType.Person, "Carl Otto");
        var anna = article.Entity(EntityType.Person, "Anna Kovács", "Kovács");
        var institute = article.Entity(EntityType.Organization, "Coastal Institute");
        var alliance = article.Entity(EntityType.Organization, "Northern Alliance");
        return article
            .Relation(RelationType.Met, jeanLuc, bram, "Jean-Luc Moreau, an analyst at the Coastal Institute, will meet Bram de Vries next week.", MeetingStatus.Planned)
            .Relation(RelationType.Met, jeanLuc, carl, "Moreau is also due to meet Carl Otto.", MeetingStatus.Planned)
            .Relation(RelationType.AffiliatedWith, jeanLuc, institute, "Jean-Luc Moreau, an analyst at the Coastal Institute", role: "analyst")
            .Relation(RelationType.AffiliatedWith, bram, alliance, "Bram de Vries, secretary general of the Northern Alliance, met Anna Kovács last month.", role: "secretary general")
            .Relation(RelationType.Met, bram, anna, "Bram de Vries, secretary general of the Northern Alliance, met Anna Kovács last month.", MeetingStatus.Held)
            .Quote(jeanLuc, "Kovács is a careful negotiator,", "Moreau said", anna)
            .Build();
    }

    private static ExtractedArticle Harbour()
    {
        var article = new ArticleBuilder("Harbour talks",
            """
            Peter Lind met Jean-Luc Moreau at the harbour. His sister Maria Lind, a diplomat, was not there.
            "The harbour must stay open," Peter Lind said.
            """, "2024-03-12");
        var peter = article.Entity(EntityType.Person, "Peter Lind");
        var jeanLuc = article.Entity(EntityType.Person, "Jean-Luc Moreau");
        article.Entity(EntityType.Person, "Maria Lind");
        return article
            .Relation(RelationType.Met, peter, jeanLuc, "Peter Lind met Jean-Luc Moreau at the harbour.", MeetingStatus.Held)
            .Quote(peter, "The harbour must stay open,", "Peter Lind said")
            .Build();
    }
}
