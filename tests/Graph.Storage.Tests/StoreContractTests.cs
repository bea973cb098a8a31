using Graph.Core.Linking;
using Graph.Core.Model;
using Graph.Core.Queries;
using Graph.Core.Storage;
using Graph.TestSupport;

namespace Graph.Storage.Tests;

/// <summary>
/// What every store must do, written once and run against each backend by a small subclass.
/// Each test gets a new, empty store.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private IGraphStore? store;

    protected IGraphStore Store => store ?? throw new InvalidOperationException("The store is not open.");

    /// <summary>A new, empty, initialised store (or a skip when the backend is not available).</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    public async ValueTask InitializeAsync() => store = await CreateEmptyStoreAsync();

    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    private static ExtractedArticle Summit(int extractorVersion = 1, string suffix = "")
    {
        var article = new ArticleBuilder($"Ana Varga met Tomas Brel in Vienna.{suffix}", "summit.txt", "Summit");
        var ana = article.Person("Ana Varga", "Varga");
        var tomas = article.Person("Tomas Brel", "Brel");
        var austria = article.Country("Austria");
        var institute = article.Organization("Danube Policy Institute");
        return article
            .Met(tomas, ana)
            .LeaderOf(ana, austria)
            .AffiliatedWith(tomas, institute, "senior fellow")
            .Quote(tomas, "We spoke for hours", ana)
            .Build(extractorVersion, date: "2024-05-01");
    }

    /// <summary>Articles about a made-up person: three name her in full (and then "Varga"), two only as "Varga".</summary>
    internal static IReadOnlyList<ExtractedArticle> VargaArticles()
    {
        var articles = new List<ExtractedArticle>();
        for (var i = 1; i <= 3; i++)
        {
            var full = new ArticleBuilder($"Ana Varga spoke in Vienna, day {i}. Varga said more.", $"full-{i}.txt");
            full.Person("Ana Varga", "Varga");
            full.Country("Austria");
            articles.Add(full.Build());
        }
        for (var i = 1; i <= 2; i++)
        {
            var surname = new ArticleBuilder($"Varga met Tomas Brel, day {i}.", $"surname-{i}.txt");
            var varga = surname.Person("Varga");
            var tomas = surname.Person("Tomas Brel");
            articles.Add(surname.Met(varga, tomas).Quote(varga, "We agreed", tomas).Build());
        }
        return articles;
    }

    [Fact]
    public async Task ASurnameUsedForOnePersonIsLinkedAcrossArticlesAndItsOldIdLeadsToThatPerson()
    {
        await Store.SaveArticlesAsync(VargaArticles());

        Assert.Equal(0, await ((IEntityLinkStore)Store).GetLinkerVersionAsync());
        var report = await ((IEntityLinkStore)Store).LinkEntitiesAsync();

        Assert.Equal(EntityLinker.Version, await ((IEntityLinkStore)Store).GetLinkerVersionAsync());
        Assert.Equal(1, report.Links);
        var linked = await Store.GetEntityAsync("person:varga");
        Assert.Equal(("person:ana-varga", "Ana Varga", 5), (linked?.Id, linked?.Name, linked?.ArticleCount));
        Assert.Contains("Varga", linked!.Aliases);
        var meeting = Assert.Single(await Store.GetRelationshipsAsync("person:ana-varga", RelationType.Met));
        Assert.Equal(2, meeting.Evidence.Length);
        var quotes = await Store.FindQuotesAsync(new QuoteQuery(SpeakerId: "person:ana-varga"));
        Assert.Equal(2, quotes.Count);
        Assert.Equal(2, (await Store.GetStatisticsAsync()).People);
    }

    [Fact]
    public async Task ArticlesStoredAfterLinkingLandOnTheLinkedEntityAndASecondPassChangesNothing()
    {
        var articles = VargaArticles();
        await Store.SaveArticlesAsync(articles.Take(4).ToList());
        await ((IEntityLinkStore)Store).LinkEntitiesAsync();

        await Store.SaveArticlesAsync(articles.Skip(4).ToList());
        var again = await ((IEntityLinkStore)Store).LinkEntitiesAsync();

        Assert.Equal(0, again.Changed);
        Assert.Equal(5, (await Store.GetEntityAsync("person:ana-varga"))?.ArticleCount);
        Assert.Equal(2, Assert.Single(await Store.GetRelationshipsAsync("person:ana-varga", RelationType.Met)).Evidence.Length);
    }

    [Fact]
    public async Task AStoredArticleIsCurrentAndItsFactsCanBeRead()
    {
        var summit = Summit();
        await Store.SaveArticlesAsync([summit]);

        Assert.Equal(ArticleState.Current, await Store.GetArticleStateAsync(summit.Article.Id, 1));
        var meetings = await Store.GetRelationshipsAsync("person:ana-varga", RelationType.Met);
        var meeting = Assert.Single(meetings);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.Equal("summit.txt", Assert.Single(meeting.Evidence).Article.Source);
        Assert.Equal(new GraphStatistics(1, 2, 1, 1, 1, 1, 1, 1), await Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task AnArticleNeverStoredIsMissingAndOneFromAnOlderExtractorIsStale()
    {
        var summit = Summit(extractorVersion: 1);
        await Store.SaveArticlesAsync([summit]);

        Assert.Equal(ArticleState.Missing, await Store.GetArticleStateAsync("no-such-article", 1));
        Assert.Equal(ArticleState.Stale, await Store.GetArticleStateAsync(summit.Article.Id, 2));
    }

    [Fact]
    public async Task TheStatesOfABatchOfArticlesComeBackInTheOrderAsked()
    {
        var summit = Summit(extractorVersion: 1);
        await Store.SaveArticlesAsync([summit]);

        var states = await Store.GetArticleStatesAsync([(summit.Article.Id, 2), ("no-such-article", 1), (summit.Article.Id, 1)]);

        Assert.Equal([ArticleState.Stale, ArticleState.Missing, ArticleState.Current], states);
        Assert.Empty(await Store.GetArticleStatesAsync([]));
    }

    [Fact]
    public async Task SavingTheSameArticleTwiceChangesNothing()
    {
        await Store.SaveArticlesAsync([Summit()]);
        var before = await Store.GetStatisticsAsync();
        var relationshipsBefore = await Store.GetRelationshipsAsync("person:tomas-brel");

        await Store.SaveArticlesAsync([Summit()]);

        Assert.Equal(before, await Store.GetStatisticsAsync());
        Assert.Equal(
            relationshipsBefore.Select(r => (r.Type, r.Source.Id, r.Target.Id, r.Evidence.Length)),
            (await Store.GetRelationshipsAsync("person:tomas-brel")).Select(r => (r.Type, r.Source.Id, r.Target.Id, r.Evidence.Length)));
    }

    [Fact]
    public async Task ReExtractingAnArticleReplacesItsFactsAndLeavesNothingStale()
    {
        var first = Summit(extractorVersion: 1);
        await Store.SaveArticlesAsync([first]);
        var rewritten = new ArticleBuilder(first.Article.Text, "summit.txt", "Summit");
        var ana = rewritten.Person("Ana Varga");
        var austria = rewritten.Country("Austria");
        await Store.SaveArticlesAsync([rewritten.LeaderOf(ana, austria).Build(extractorVersion: 2)]);

        Assert.Null(await Store.GetEntityAsync("person:tomas-brel"));
        Assert.Null(await Store.GetEntityAsync("org:danube-policy-institute"));
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery()));
        Assert.Empty(await Store.GetRelationshipsAsync("person:ana-varga", RelationType.Met));
        Assert.Equal(ArticleState.Current, await Store.GetArticleStateAsync(first.Article.Id, 2));
        Assert.Equal(new GraphStatistics(1, 1, 1, 0, 0, 0, 1, 0), await Store.GetStatisticsAsync());
    }

    [Fact]
    public async Task ThePersonNamedInTwoArticlesIsOneEntityWithTheNamesOfBoth()
    {
        var second = new ArticleBuilder("Tomas Brel spoke in Prague.", "prague.txt");
        second.Person("Tomas Brel", "Mr. Brel");
        await Store.SaveArticlesAsync([Summit(), second.Build()]);

        var tomas = await Store.GetEntityAsync("person:tomas-brel");

        Assert.NotNull(tomas);
        Assert.Equal("Tomas Brel", tomas.Name);
        Assert.Equal(2, tomas.ArticleCount);
        Assert.Equal(["Brel", "Mr. Brel"], tomas.Aliases);
    }

    [Fact]
    public async Task EveryEntitysNameCountsReadAtOnceAreWhatEachEntityHas()
    {
        var articles = new[] { "Tomas Brel-Ek", "Tomas Brel Ek", "Tomas Brel-Ek" }.Select((name, i) =>
        {
            var article = new ArticleBuilder($"{name} met Ana Varga, report {i}.", $"{i}.txt");
            article.Met(article.Person(name, "Brel"), article.Person("Ana Varga"));
            return article.Build();
        }).ToList();
        await Store.SaveArticlesAsync(articles);
        var names = (INameStatistics)Store;

        var all = await names.GetAllNameCountsAsync();

        if (all is null)
        {
            return; // a store that counts one entity at a time only
        }
        Assert.Equal(["person:ana-varga", "person:tomas-brel-ek"], all.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, counts) in all)
        {
            Assert.Equal(await names.GetNameCountsAsync(id), counts);
        }
        Assert.Equal(new NameCount("Brel", 3), all["person:tomas-brel-ek"][0]);
    }

    [Fact]
    public async Task AnEntityIsShownUnderTheNameMostArticlesGaveIt()
    {
        var articles = new[] { "Tomas Brel-Ek", "Tomas Brel Ek", "Tomas Brel-Ek" }.Select((name, i) =>
        {
            var article = new ArticleBuilder($"{name} spoke, report {i}.", $"{i}.txt");
            article.Person(name, "Brel");
            return article.Build();
        }).ToList();
        await Store.SaveArticlesAsync(articles);

        var tomas = Assert.Single(await Store.SearchEntitiesAsync(new EntityQuery("brel ek")));

        Assert.Equal("Tomas Brel-Ek", tomas.Name);
        Assert.Equal(["Brel", "Tomas Brel Ek"], tomas.Aliases);
        Assert.Equal(3, tomas.ArticleCount);
    }

    [Fact]
    public async Task EntityIdsDoNotDependOnTheOrderArticlesArrive()
    {
        var other = new ArticleBuilder("Tomas Brel spoke in Prague.", "prague.txt");
        other.Person("Tomas Brel");
        await Store.SaveArticlesAsync([other.Build()]);
        await Store.SaveArticlesAsync([Summit()]);

        var edges = await Store.GetEdgesAsync();

        Assert.Contains(new GraphEdge("person:ana-varga", "person:tomas-brel", RelationType.Met, MeetingStatus.Held) { FirstSeen = "2024-05-01", LastSeen = "2024-05-01" }, edges);
    }

    [Theory]
    [InlineData("tomas brel")]
    [InlineData("TOMAS-BREL")]
    [InlineData("Tomás Brel")]
    [InlineData("brel")]
    public async Task SearchIgnoresCaseAccentsHyphensAndFindsPartialNames(string text)
    {
        await Store.SaveArticlesAsync([Summit()]);

        var found = await Store.SearchEntitiesAsync(new EntityQuery(text));

        Assert.Equal("person:tomas-brel", Assert.Single(found).Id);
    }

    // Issue 12: both stores match a name where the text starts it or starts one of its later words, the words
    // together and in order (what Neo4j's full-text index can serve), never inside a word.
    [Theory]
    [InlineData("bre")]
    [InlineData("tomas bre")]
    [InlineData("tom")]
    [InlineData("Brel.")]
    public async Task SearchFindsTheStartOfANameOrOfALaterWord(string text)
    {
        await Store.SaveArticlesAsync([Summit()]);

        Assert.Equal(["person:tomas-brel"], (await Store.SearchEntitiesAsync(new EntityQuery(text))).Select(entity => entity.Id));
    }

    [Theory]
    [InlineData("rel")]
    [InlineData("omas")]
    [InlineData("brel tomas")]
    [InlineData("tomas x")]
    public async Task SearchDoesNotMatchInsideAWordOrWordsOutOfOrder(string text)
    {
        await Store.SaveArticlesAsync([Summit()]);

        Assert.Empty(await Store.SearchEntitiesAsync(new EntityQuery(text)));
    }

    // Lucene's query syntax is text to search for, never operators: "brel OR varga" is the name "brel or varga".
    [Theory]
    [InlineData("brel OR varga", new string[0])]
    [InlineData("+brel -varga", new string[0])]
    [InlineData("brel AND varga", new string[0])]
    [InlineData("NOT varga", new string[0])]
    [InlineData("brel*", new[] { "person:tomas-brel" })]
    [InlineData("\"brel\"", new[] { "person:tomas-brel" })]
    [InlineData("(brel)", new[] { "person:tomas-brel" })]
    [InlineData("brel~2", new string[0])]
    [InlineData("id:brel", new string[0])]
    [InlineData("danube^3 policy", new string[0])]
    public async Task SearchTreatsQuerySyntaxAsText(string text, string[] expected)
    {
        await Store.SaveArticlesAsync([Summit()]);

        Assert.Equal(expected, (await Store.SearchEntitiesAsync(new EntityQuery(text))).Select(entity => entity.Id));
    }

    [Fact]
    public async Task SearchNoLongerFindsANameNoArticleGivesAnyMore()
    {
        var first = Summit(extractorVersion: 1);
        await Store.SaveArticlesAsync([first]);
        var rewritten = new ArticleBuilder(first.Article.Text, "summit.txt", "Summit");
        rewritten.Person("Ana Varga");
        await Store.SaveArticlesAsync([rewritten.Build(extractorVersion: 2)]);

        Assert.Empty(await Store.SearchEntitiesAsync(new EntityQuery("brel")));
        Assert.Empty(await Store.SearchEntitiesAsync(new EntityQuery("varga", EntityType.Country)));
        Assert.Equal(["person:ana-varga"], (await Store.SearchEntitiesAsync(new EntityQuery("varga"))).Select(e => e.Id));
    }

    [Fact]
    public async Task SearchFiltersByType()
    {
        await Store.SaveArticlesAsync([Summit()]);

        var found = await Store.SearchEntitiesAsync(new EntityQuery("a", EntityType.Country));

        Assert.Equal(["country:austria"], found.Select(entity => entity.Id));
    }

    [Fact]
    public async Task MeetingsReportedInEitherDirectionAreOneRelationshipWithTheEvidenceOfBoth()
    {
        var other = new ArticleBuilder("Ana Varga and Tomas Brel met again.", "again.txt");
        var ana = other.Person("Ana Varga");
        var tomas = other.Person("Tomas Brel");
        await Store.SaveArticlesAsync([Summit(), other.Met(ana, tomas).Build()]);

        var meeting = Assert.Single(await Store.GetRelationshipsAsync("person:tomas-brel", RelationType.Met));

        Assert.Equal(2, meeting.Evidence.Length);
        Assert.Equal(1, (await Store.GetStatisticsAsync()).Meetings);
    }

    [Fact]
    public async Task QuotesAreFoundBySpeakerBySubjectByArticleAndByWords()
    {
        var summit = Summit();
        await Store.SaveArticlesAsync([summit]);

        var bySpeaker = await Store.FindQuotesAsync(new QuoteQuery(SpeakerId: "person:tomas-brel"));
        var byAbout = await Store.FindQuotesAsync(new QuoteQuery(AboutId: "person:ana-varga"));
        var byArticle = await Store.FindQuotesAsync(new QuoteQuery(ArticleId: summit.Article.Id));
        var byWords = await Store.FindQuotesAsync(new QuoteQuery(Contains: "for HOURS"));
        var none = await Store.FindQuotesAsync(new QuoteQuery(SpeakerId: "person:ana-varga"));

        var quote = Assert.Single(bySpeaker);
        Assert.Equal("We spoke for hours", quote.Text);
        Assert.Equal("Ana Varga", Assert.Single(quote.About).Name);
        Assert.Equal("Summit", quote.Article.Title);
        Assert.Single(byAbout);
        Assert.Single(byArticle);
        Assert.Single(byWords);
        Assert.Empty(none);
    }

    [Fact]
    public async Task QuoteWordsAreMatchedLiterallyNotAsPatterns()
    {
        await Store.SaveArticlesAsync([Summit()]);

        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(Contains: "%")));
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(Contains: "We_spoke")));
    }

    [Fact]
    public async Task TheRelationshipsBetweenTwoEntitiesAreTheirsInEitherDirectionAndOfThePeriod()
    {
        var later = new ArticleBuilder("Tomas Brel met Ana Varga and Peter Holm.", "later.txt");
        var tomas = later.Person("Tomas Brel");
        var ana = later.Person("Ana Varga");
        var peter = later.Person("Peter Holm");
        await Store.SaveArticlesAsync([Summit(), later.Met(tomas, ana).Met(tomas, peter).Build(date: "2025-02-01")]);

        var between = await Store.GetRelationshipsBetweenAsync("person:ana-varga", "person:tomas-brel", Period.All);
        var ofThePeriod = await Store.GetRelationshipsBetweenAsync("person:tomas-brel", "person:ana-varga", new Period("2025-01-01", null));

        var meeting = Assert.Single(between);
        Assert.Equal((RelationType.Met, 2), (meeting.Type, meeting.Evidence.Length));
        Assert.Equal(["later.txt"], Assert.Single(ofThePeriod).Evidence.Select(e => e.Article.Source));
        Assert.Empty(await Store.GetRelationshipsBetweenAsync("person:ana-varga", "person:peter-holm", Period.All));
    }

    [Fact]
    public async Task EdgesAreCountedByTheArticlesThatStateThemWithTheirRoleAndDates()
    {
        var first = new ArticleBuilder("Tomas Brel, senior fellow at the Danube Policy Institute, spoke.", "first.txt");
        var again = new ArticleBuilder("Tomas Brel, senior fellow at the Danube Policy Institute, spoke again.", "again.txt");
        var undated = new ArticleBuilder("Tomas Brel, senior fellow at the Danube Policy Institute, wrote.", "undated.txt");
        await Store.SaveArticlesAsync([
            first.AffiliatedWith(first.Person("Tomas Brel"), first.Organization("Danube Policy Institute"), "senior fellow").Build(date: "2024-03-01"),
            again.AffiliatedWith(again.Person("Tomas Brel"), again.Organization("Danube Policy Institute"), "senior fellow").Build(date: "2023-07-15"),
            undated.AffiliatedWith(undated.Person("Tomas Brel"), undated.Organization("Danube Policy Institute"), "senior fellow").Build(),
        ]);

        var edge = Assert.Single(await Store.GetEdgesAsync());
        var in2024 = Assert.Single(await Store.GetEdgesAsync(new Period("2024-01-01", null)));

        Assert.Equal(("person:tomas-brel", "org:danube-policy-institute", "senior fellow", 3, "2023-07-15", "2024-03-01"),
            (edge.SourceId, edge.TargetId, edge.Role, edge.Articles, edge.FirstSeen, edge.LastSeen));
        Assert.Equal((1, "2024-03-01", "2024-03-01"), (in2024.Articles, in2024.FirstSeen, in2024.LastSeen));
    }

    [Fact]
    public async Task ARelationshipsFirstSentencesComeEarliestArticleFirstAndOfThePeriod()
    {
        ExtractedArticle Meeting(string sentence, string source, string date)
        {
            var article = new ArticleBuilder(sentence, source);
            return article.Met(article.Person("Ana Varga"), article.Person("Tomas Brel")).Build(date: date);
        }
        await Store.SaveArticlesAsync([
            Meeting("Ana Varga met Tomas Brel in May.", "may.txt", "2024-05-02"),
            Meeting("Ana Varga met Tomas Brel in January.", "january.txt", "2024-01-09"),
            Meeting("Ana Varga met Tomas Brel in March.", "march.txt", "2024-03-20"),
        ]);
        var key = Assert.Single(await Store.GetEdgesAsync()).Key;

        var found = await Store.GetEvidenceAsync([key, key with { Role = "host" }], Period.All, 2);
        var fromMarch = Assert.Single(await Store.GetEvidenceAsync([key], new Period("2024-03-01", null), 5));
        var firstTwo = found[0];

        Assert.Equal(["january.txt", "march.txt"], firstTwo.Select(e => e.Article.Source));
        Assert.Equal("Ana Varga met Tomas Brel in January.", firstTwo[0].Text);
        Assert.Equal(["march.txt", "may.txt"], fromMarch.Select(e => e.Article.Source));
        Assert.Empty(found[1]);
    }

    [Fact]
    public async Task AffiliationsKeepTheirRole()
    {
        await Store.SaveArticlesAsync([Summit()]);

        var affiliation = Assert.Single(await Store.GetRelationshipsAsync("person:tomas-brel", RelationType.AffiliatedWith));

        Assert.Equal("senior fellow", affiliation.Role);
        Assert.Equal("Danube Policy Institute", affiliation.Target.Name);
    }

    [Fact]
    public async Task AnArticleCanBeLookedUpById()
    {
        var summit = Summit();
        await Store.SaveArticlesAsync([summit]);

        var article = await Store.GetArticleAsync(summit.Article.Id);

        Assert.Equal("Summit", article?.Title);
        Assert.Equal("2024-05-01", article?.Date);
        Assert.Null(await Store.GetArticleAsync("unknown"));
    }

    [Fact]
    public async Task SavingManyArticlesAtOnceStoresEachOfThem()
    {
        var batch = Enumerable.Range(0, 25).Select(i => Summit(suffix: $" Part {i}.")).ToList();

        await Store.SaveArticlesAsync(batch);

        Assert.Equal(25, (await Store.GetStatisticsAsync()).Articles);
        Assert.Equal(25, Assert.Single(await Store.GetRelationshipsAsync("person:ana-varga", RelationType.Met)).Evidence.Length);
    }

    /// <summary>Three articles a year apart, the last one undated; Tomas Brel meets Ana Varga in each and is quoted in each.</summary>
    private static ExtractedArticle[] ThreeYears()
    {
        ExtractedArticle Year(string text, string? date, string outlet, string role)
        {
            var article = new ArticleBuilder(text, $"{date ?? "undated"}.txt", text);
            var ana = article.Person("Ana Varga");
            var tomas = article.Person("Tomas Brel");
            var institute = article.Organization("Danube Policy Institute");
            return article.Met(tomas, ana).AffiliatedWith(tomas, institute, role).Quote(tomas, text, ana).Build(date: date, outlet: outlet);
        }
        return
        [
            Year("Tomas Brel met Ana Varga in 2017 at the Danube Policy Institute.", "2017-03-01", "Danube Daily", "senior fellow"),
            Year("Tomas Brel met Ana Varga in 2018 at the Danube Policy Institute.", "2018-06-12", "Danube Daily (Online)", "senior fellow"),
            Year("Tomas Brel met Ana Varga once more at the Danube Policy Institute.", null, "Vienna Post", "senior fellow"),
        ];
    }

    [Fact]
    public async Task ARelationshipReportsWhenItWasFirstAndLastSeenAndInHowManyArticles()
    {
        await Store.SaveArticlesAsync(ThreeYears());

        var meeting = Assert.Single(await Store.GetRelationshipsAsync("person:ana-varga", RelationType.Met));

        Assert.Equal(("2017-03-01", "2018-06-12", 3), (meeting.FirstSeen, meeting.LastSeen, meeting.ArticleCount));
    }

    [Fact]
    public async Task RelationshipsOfAPeriodKeepOnlyTheEvidenceOfArticlesDatedInIt()
    {
        await Store.SaveArticlesAsync(ThreeYears());

        var in2018 = Assert.Single(await Store.GetRelationshipsAsync("person:ana-varga", RelationType.Met, new Period("2018-01-01", "2018-12-31")));
        var since2017 = Assert.Single(await Store.GetRelationshipsAsync("person:ana-varga", RelationType.Met, new Period(Since: "2017-01-01")));

        Assert.Equal(["2018-06-12"], in2018.Evidence.Select(e => e.Article.Date));
        Assert.Equal(("2018-06-12", "2018-06-12", 1), (in2018.FirstSeen, in2018.LastSeen, in2018.ArticleCount));
        Assert.Equal(2, since2017.ArticleCount);
        Assert.Empty(await Store.GetRelationshipsAsync("person:ana-varga", null, new Period("2019-01-01", "2019-12-31")));
        Assert.Equal(3, Assert.Single(await Store.GetRelationshipsAsync("person:ana-varga", RelationType.Met, Period.All)).ArticleCount);
    }

    [Fact]
    public async Task QuotesOfAPeriodComeOnlyFromArticlesDatedInIt()
    {
        await Store.SaveArticlesAsync(ThreeYears());

        var in2018 = await Store.FindQuotesAsync(new QuoteQuery(SpeakerId: "person:tomas-brel", Period: new Period("2018-01-01", "2018-12-31")));
        var until2018 = await Store.FindQuotesAsync(new QuoteQuery(AboutId: "person:ana-varga", Period: new Period(Until: "2018-12-31")));
        var all = await Store.FindQuotesAsync(new QuoteQuery(Period: Period.All));

        Assert.Equal(["2018-06-12"], in2018.Select(quote => quote.Date));
        Assert.Equal(["2017-03-01", "2018-06-12"], until2018.Select(quote => quote.Date));
        Assert.Equal(3, all.Count);
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(Period: new Period(Since: "2019-01-01"))));
    }

    [Fact]
    public async Task QuoteLinksOfAPeriodComeOnlyFromArticlesDatedInIt()
    {
        var links = Assert.IsAssignableFrom<IQuoteLinkReader>(Store);
        await Store.SaveArticlesAsync(ThreeYears());
        var quoteIn2018 = Assert.Single(await Store.FindQuotesAsync(new QuoteQuery(Period: new Period("2018-01-01", "2018-12-31")))).Id;

        var in2018 = await links.GetQuoteLinksAsync(new Period("2018-01-01", "2018-12-31"));
        var since2017 = await links.GetQuoteLinksAsync(new Period(Since: "2017-01-01"));
        var all = await links.GetQuoteLinksAsync(Period.All);

        Assert.Equal([new QuoteLink(quoteIn2018, "person:tomas-brel", "person:ana-varga")], in2018);
        Assert.Equal(2, since2017.Count);
        Assert.Equal(3, all.Count);
        Assert.Empty(await links.GetQuoteLinksAsync(new Period(Until: "2016-12-31")));
    }

    [Fact]
    public async Task QuotesAreFoundBySpeakerTypeRoleAffiliationAndOutlet()
    {
        await Store.SaveArticlesAsync(ThreeYears());

        Assert.Equal(3, (await Store.FindQuotesAsync(new QuoteQuery(SpeakerType: EntityType.Person))).Count);
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(SpeakerType: EntityType.Organization)));
        Assert.Equal(3, (await Store.FindQuotesAsync(new QuoteQuery(AboutId: "person:ana-varga", SpeakerRole: "FELLOW"))).Count);
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(SpeakerRole: "professor")));
        Assert.Equal(3, (await Store.FindQuotesAsync(new QuoteQuery(SpeakerAffiliationId: "org:danube-policy-institute"))).Count);
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(SpeakerAffiliationId: "org:nowhere")));
        var danube = await Store.FindQuotesAsync(new QuoteQuery(SpeakerId: "person:tomas-brel", Outlets: ["Danube Daily", "Danube Daily (Online)"]));
        Assert.Equal(["Danube Daily", "Danube Daily (Online)"], danube.Select(quote => quote.Article.Outlet));
        Assert.Equal(
            [new OutletCount("Danube Daily", 1), new OutletCount("Danube Daily (Online)", 1), new OutletCount("Vienna Post", 1)],
            await Store.GetOutletsAsync());
    }

    [Fact]
    public async Task TheFiguresOfAPeriodCountOnlyArticlesDatedInItAndWhatTheySay()
    {
        var summit = new ArticleBuilder("Ana Varga met Tomas Brel in Austria. \"We agreed,\" Varga said.", "summit.txt");
        var later = new ArticleBuilder("Ana Varga, who leads Austria, met Lena Ost of the Danube Policy Institute.", "later.txt");
        var undated = new ArticleBuilder("Peter Holm met Ana Varga.", "undated.txt");
        var ana = later.Person("Ana Varga");
        var speaker = summit.Person("Ana Varga");
        summit.Country("Austria");
        await Store.SaveArticlesAsync(
        [
            summit.Met(speaker, summit.Person("Tomas Brel")).Quote(speaker, "We agreed,").Build(date: "2017-05-01"),
            later.Met(ana, later.Person("Lena Ost")).LeaderOf(ana, later.Country("Austria"))
                .AffiliatedWith(later.Person("Lena Ost"), later.Organization("Danube Policy Institute")).Build(date: "2018-05-01"),
            undated.Met(undated.Person("Peter Holm"), undated.Person("Ana Varga")).Build(),
        ]);

        var in2018 = await Store.GetStatisticsAsync(new Period("2018-01-01", "2018-12-31"));
        var since2017 = await Store.GetStatisticsAsync(new Period(Since: "2017-01-01"));

        Assert.Equal(new GraphStatistics(1, 2, 1, 1, 1, 1, 1, 0), in2018);
        Assert.Equal(new GraphStatistics(2, 3, 1, 1, 2, 1, 1, 1), since2017);
        Assert.Equal(new GraphStatistics(0, 0, 0, 0, 0, 0, 0, 0), await Store.GetStatisticsAsync(new Period(Until: "2016-12-31")));
        Assert.Equal(await Store.GetStatisticsAsync(), await Store.GetStatisticsAsync(Period.All));
    }

    [Fact]
    public async Task TheEdgesOfAPeriodAreTheRelationshipsWithAnArticleDatedInIt()
    {
        var summit = new ArticleBuilder("Ana Varga met Tomas Brel.", "summit.txt");
        var later = new ArticleBuilder("Ana Varga met Lena Ost.", "later.txt");
        await Store.SaveArticlesAsync(
        [
            summit.Met(summit.Person("Ana Varga"), summit.Person("Tomas Brel")).Build(date: "2017-05-01"),
            later.Met(later.Person("Ana Varga"), later.Person("Lena Ost")).Build(date: "2018-05-01"),
        ]);

        var in2018 = await Store.GetEdgesAsync(new Period("2018-01-01", "2018-12-31"));

        Assert.Equal([new GraphEdge("person:ana-varga", "person:lena-ost", RelationType.Met, MeetingStatus.Held) { FirstSeen = "2018-05-01", LastSeen = "2018-05-01" }], in2018);
        Assert.Equal(2, (await Store.GetEdgesAsync(Period.All)).Count);
    }

    [Fact]
    public async Task ARoleOrAffiliationCountsWhenTheQuotesArticleOrTwoArticlesStateIt()
    {
        ExtractedArticle Quoted(string text, string date)
        {
            var article = new ArticleBuilder(text, $"{date}.txt");
            return article.Quote(article.Person("Tomas Brel"), text).Build(date: date);
        }
        ExtractedArticle Professor(string text, string date)
        {
            var article = new ArticleBuilder(text, $"{date}.txt");
            return article.AffiliatedWith(article.Person("Tomas Brel"), article.Organization("Danube University"), "professor").Build(date: date);
        }
        await Store.SaveArticlesAsync([Quoted("Tomas Brel said it would rain.", "2020-01-01"), Professor("Tomas Brel, a professor at Danube University, spoke.", "2020-01-02")]);

        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(SpeakerRole: "professor")));
        Assert.Empty(await Store.FindQuotesAsync(new QuoteQuery(SpeakerAffiliationId: "org:danube-university")));

        await Store.SaveArticlesAsync([Professor("Tomas Brel, professor at Danube University, wrote a book.", "2020-01-03")]);

        Assert.Single(await Store.FindQuotesAsync(new QuoteQuery(SpeakerRole: "professor")));
        Assert.Single(await Store.FindQuotesAsync(new QuoteQuery(SpeakerAffiliationId: "org:danube-university")));
    }
}
