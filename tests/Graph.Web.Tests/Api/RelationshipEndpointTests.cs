using System.Net;
using Graph.Core.Model;
using Graph.Queries.Relationships;
using Graph.Queries;
using Graph.Web.Tests.Fixtures;
using static Graph.Web.Tests.Fixtures.Api;

namespace Graph.Web.Tests.Api;

public abstract class RelationshipEndpointTests(GraphWebApiFactory factory) : ApiTests(factory)
{
    public sealed class OnSqlite(SqliteGraphWebFactory factory) : RelationshipEndpointTests(factory);

    public sealed class OnNeo4j(Neo4jGraphWebFactory factory) : RelationshipEndpointTests(factory);

    [Fact]
    public async Task WhoAnnaMetComesWithStatusEvidenceSentenceAndSourceArticles()
    {
        var page = await Client.GetOkAsync<Page<RelationshipView>>($"/api/entities/{Escape("Anna Kovács")}/relationships?type=MET");

        Assert.Equal([SampleGraph.Bram, SampleGraph.Carl], page.Items.Select(r => r.Other.Id).Order());
        var withBram = page.Items.Single(r => r.Other.Id == SampleGraph.Bram);
        Assert.Equal(RelationType.Met, withBram.Type);
        Assert.Equal(MeetingStatus.Held, withBram.Status);
        Assert.Contains(withBram.Evidence, evidence => evidence.Text == SampleGraph.SummitEvidence);
        Assert.Equal(2, withBram.Articles.Length);
        Assert.All(withBram.Articles, article => Assert.StartsWith("https://news.example/", article.Url));
    }

    [Fact]
    public async Task PlannedMeetingsKeepTheirStatus()
    {
        var page = await Client.GetOkAsync<Page<RelationshipView>>($"/api/entities/{Escape("Moreau")}/relationships?type=met");

        Assert.Equal(MeetingStatus.Planned, page.Items.Single(r => r.Other.Id == SampleGraph.Bram).Status);
        Assert.Equal(MeetingStatus.Held, page.Items.Single(r => r.Other.Id == SampleGraph.Peter).Status);
    }

    [Fact]
    public async Task AffiliationsCarryTheRoleAndPointFromPersonToOrganisation()
    {
        var page = await Client.GetOkAsync<Page<RelationshipView>>($"/api/entities/{Escape(SampleGraph.Institute)}/relationships?type=AFFILIATED_WITH");

        var only = Assert.Single(page.Items);
        Assert.Equal(SampleGraph.JeanLuc, only.Source.Id);
        Assert.Equal("incoming", only.Direction);
        Assert.Equal("analyst", only.Role);
    }

    [Fact]
    public async Task WithKeepsOnlyTheRelationshipsWithOneOtherEntity()
    {
        var page = await Client.GetOkAsync<Page<RelationshipView>>($"/api/entities/{Escape("Anna Kovács")}/relationships?with=Veloria");

        var only = Assert.Single(page.Items);
        Assert.Equal(RelationType.LeaderOf, only.Type);
    }

    [Fact]
    public async Task AnUnknownRelationshipTypeIsA400()
    {
        var problem = await Client.GetProblemAsync($"/api/entities/{Escape("Anna Kovács")}/relationships?type=FRIEND_OF", HttpStatusCode.BadRequest);

        Assert.Contains("MET", problem.GetProperty("errors").GetProperty("type")[0].GetString());
    }

    [Fact]
    public async Task RelationshipsOfAnUnknownEntityAreA404()
    {
        await Client.GetProblemAsync("/api/entities/person:nobody/relationships", HttpStatusCode.NotFound);
    }
}
