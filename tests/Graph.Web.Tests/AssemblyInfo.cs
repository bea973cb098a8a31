using Graph.Web.Tests.Fixtures;

// One app per store on the sample data serves every API test: the tests only read.
[assembly: AssemblyFixture(typeof(SqliteGraphWebFactory))]
[assembly: AssemblyFixture(typeof(Neo4jGraphWebFactory))]
