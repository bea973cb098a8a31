using Graph.Core.Model;
using Graph.Storage.Neo4j.Internal.Writing;
using Graph.TestSupport;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>The rows a batch sends to the write statements follow the embedded store's rules.</summary>
public sealed class BatchRowsTests
{
    [Fact]
    public void AMeetingIsDirectedFromTheSmallerIdWhicheverWayTheArticleSaysIt()
    {
        var article = new ArticleBuilder("Tomas Brel met Ana Varga.");
        var tomas = article.Person("Tomas Brel");
        var ana = article.Person("Ana Varga");

        var rows = BatchRows.From([article.Met(tomas, ana).Build()]);

        var meeting = Assert.Single(rows.Meetings);
        Assert.Equal(("person:ana-varga", "person:tomas-brel", "held"), (meeting.SourceId, meeting.TargetId, meeting.Status));
    }

    [Fact]
    public void AnAffiliationWithoutARoleGetsTheEmptyRoleSoThatMergeCanMatchIt()
    {
        var article = new ArticleBuilder("Ana Varga works at the Institute.");
        var ana = article.Person("Ana Varga");
        var institute = article.Organization("Institute");

        var rows = BatchRows.From([article.AffiliatedWith(ana, institute).Build()]);

        Assert.Equal(BatchRows.None, Assert.Single(rows.Affiliations).Role);
    }

    [Fact]
    public void AnArticleListedTwiceInOneBatchIsWrittenOnceFromItsLastCopy()
    {
        var first = new ArticleBuilder("Same text.", "one.txt");
        first.Person("Ana Varga");
        var second = new ArticleBuilder("Same text.", "two.txt");
        second.Person("Tomas Brel");

        var rows = BatchRows.From([first.Build(), second.Build()]);

        Assert.Equal("two.txt", Assert.Single(rows.Articles).Source);
        Assert.Equal("person:tomas-brel", Assert.Single(rows.Mentions).EntityId);
    }

    [Fact]
    public void AMentionKeepsEveryNameWhichOfThemIsCanonicalAndTheirSearchKeys()
    {
        var article = new ArticleBuilder("Kim Jong-un, or Kim, spoke.");
        article.Person("Kim Jong Un", "Kim Jong-un", "Kim", "Kim Jong Un");

        var mention = Assert.Single(BatchRows.From([article.Build()]).Mentions);

        Assert.Equal(["Kim Jong Un", "Kim Jong-un", "Kim"], mention.Names);
        Assert.Equal(["Kim Jong Un"], mention.Canonical);
        Assert.Equal(["kim-jong-un", "kim-jong-un", "kim"], mention.Keys);
        Assert.Equal("Person", mention.Type);
    }

    [Fact]
    public void AQuoteRepeatedAtTheSameOffsetKeepsItsLastTextAndTheSubjectsOfBoth()
    {
        var article = new ArticleBuilder("\"We spoke,\" Brel said of Varga and Austria.");
        var brel = article.Person("Brel");
        var varga = article.Person("Varga");
        var austria = article.Country("Austria");
        article.Quote(brel, "We spoke", varga).Quote(brel, "We spoke", austria);

        var quote = Assert.Single(BatchRows.From([article.Build()]).Quotes);

        Assert.Equal(["person:varga", "country:austria"], quote.About);
        Assert.EndsWith(":1", quote.Id);
    }

    [Fact]
    public void TheDisplayNameIsTheCanonicalNameMostArticlesGaveThenTheOrdinallyFirst()
    {
        ArticleNames[] mentions =
        [
            new("a1", ["Kim Jong-un", "Kim"], ["Kim Jong-un"]),
            new("a2", ["Kim Jong Un", "Kim"], ["Kim Jong Un"]),
            new("a3", ["Kim Jong Un"], ["Kim Jong Un"]),
            new("a4", ["Kim Jong-un"], ["Kim Jong-un"]),
        ];

        var names = EntityNaming.From("person:kim-jong-un", mentions);

        Assert.NotNull(names);
        Assert.Equal("Kim Jong Un", names.Name);
        Assert.Equal(["Kim", "Kim Jong-un"], names.Aliases);
        Assert.Equal(["kim", "kim-jong-un"], names.Keys);
    }

    [Fact]
    public void AnEntityNoArticleMentionsHasNoNames()
    {
        Assert.Null(EntityNaming.From("person:nobody", Array.Empty<ArticleNames>()));
    }

    [Fact]
    public void LinkedIdsReplaceRawIdsInTheFactsWhileEachMentionKeepsItsRawId()
    {
        var article = new ArticleBuilder("Varga met Tomas Brel. Varga said it went well.");
        var varga = article.Person("Varga");
        var tomas = article.Person("Tomas Brel");
        var links = new Dictionary<string, string> { ["person:varga"] = "person:ana-varga" };

        var rows = BatchRows.From([article.Met(varga, tomas).Quote(varga, "went well", tomas).Build()], links);

        var mention = Assert.Single(rows.Mentions, row => row.RawId == "person:varga");
        Assert.Equal("person:ana-varga", mention.EntityId);
        Assert.Equal(("person:ana-varga", "person:tomas-brel"), (rows.Meetings.Single().SourceId, rows.Meetings.Single().TargetId));
        Assert.Equal("person:ana-varga", Assert.Single(rows.Quotes).SpeakerId);
        Assert.Contains("person:varga", Assert.Single(rows.Articles).Graph);
    }

    [Fact]
    public void AFactWhoseTwoEndsLinkingMadeOneEntityIsLeftOut()
    {
        var article = new ArticleBuilder("Varga met Ana Varga.");
        var varga = article.Person("Varga");
        var ana = article.Person("Ana Varga");
        var links = new Dictionary<string, string> { ["person:varga"] = "person:ana-varga" };

        var rows = BatchRows.From([article.Met(varga, ana).Build()], links);

        Assert.Empty(rows.Meetings);
        Assert.Equal(2, rows.Mentions.Count(row => row.EntityId == "person:ana-varga"));
    }
}
