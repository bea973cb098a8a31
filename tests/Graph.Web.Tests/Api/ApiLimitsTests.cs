using Graph.Storage.Neo4j;

namespace Graph.Web.Tests.Api;

public sealed class ApiLimitsTests
{
    [Fact]
    public void TheNeo4jStoreSearchesAsFarAsTheApiAllows()
    {
        // Otherwise the longest paths the API allows would quietly be searched with QuikGraph on Neo4j.
        Assert.Equal(ApiLimits.MaxPathHops, Neo4jGraphStore.MaxPathHops);
    }
}
