using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Storage.Neo4j.Internal.Writing;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// Every name the Cypher files use belongs to the declared schema (cypher/schema.json), including inside
/// MERGE and SET, which Neo4j's linter (tools/cypher-lint, fed the same file) does not look into.
/// </summary>
public sealed class CypherSchemaTests
{
    private readonly DeclaredSchema schema = DeclaredSchema.Load();

    public static TheoryData<string> CypherFiles() =>
        [.. Directory.GetFiles(DeclaredSchema.CypherFolder, "*.cypher", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(DeclaredSchema.CypherFolder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CypherFiles))]
    public void EveryLabelTypePropertyAndParameterOfTheFileIsDeclared(string file)
    {
        var problems = CypherSchemaChecker.Check(File.ReadAllText(Path.Combine(DeclaredSchema.CypherFolder, file)), schema);

        Assert.True(problems.Count == 0, $"cypher/{file} uses undeclared names: {string.Join(", ", problems)}");
    }

    [Fact]
    public void TheCheckerReportsUndeclaredNamesInsideMergeAndSet()
    {
        const string cypher = """
            UNWIND $rows AS row
            MERGE (p:Persn {id: row.id})
            MERGE (q:Person {id: row.nick})
            SET q.nickname = row.name
            MERGE (q)-[m:MET {since: 1}]->(p)
            MERGE (p)-[:KNOWS]->(q)
            SET m.weight = $weight
            """;
        var declared = schema with { Parameters = new JsonObject { ["rows"] = new JsonArray(new JsonObject { ["id"] = "x", ["name"] = "y" }) } };

        var problems = CypherSchemaChecker.Check(cypher, declared);

        Assert.Equal(
            [
                "key row.nick of $rows", "label :Persn", "node property id in a pattern of :Persn", "parameter $weight",
                "property nickname of :Person", "property weight of :MET", "relationship property since in a pattern of :MET",
                "relationship type :KNOWS",
            ],
            problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryDeclaredLabelAndRelationshipTypeIsUsedBySomeStatement()
    {
        var all = string.Join("\n", Directory.GetFiles(Path.Combine(DeclaredSchema.CypherFolder, "write"), "*.cypher")
            .Select(File.ReadAllText));

        Assert.All(schema.Labels, label => Assert.Matches($@":\s*(?:\w+\s*\|\s*)*{label}\b", all));
        Assert.All(schema.RelationshipTypes, type => Assert.Matches($@"\[\s*\w*\s*:\s*(?:\w+\s*\|\s*)*{type}\b", all));
    }

    [Theory]
    [InlineData("articles", typeof(ArticleRow))]
    [InlineData("mentions", typeof(MentionRow))]
    [InlineData("meetings", typeof(RelationRow))]
    [InlineData("affiliations", typeof(RelationRow))]
    [InlineData("leaderships", typeof(RelationRow))]
    [InlineData("quotes", typeof(QuoteRow))]
    [InlineData("entities", typeof(EntityNamesRow))]
    public void TheRowsTheStoreSendsHaveEveryKeyTheStatementsRead(string parameter, Type rowType)
    {
        var sent = RowKeysOf(rowType);

        Assert.Subset(sent, schema.RowKeys(parameter)!.ToHashSet());
    }

    [Fact]
    public void TheBrowserStyleCaptionsByNameAndColoursPeopleCountriesAndOrganizationsApart()
    {
        var grass = File.ReadAllText(Path.Combine(DeclaredSchema.CypherFolder, "style.grass"));
        string Colour(string label) =>
            Regex.Match(grass, $@"node\.{label}\s*\{{[^}}]*\bcolor:\s*(?<colour>#[0-9a-fA-F]{{6}})").Groups["colour"].Value;

        string[] colours = [Colour("Person"), Colour("Country"), Colour("Organization")];

        Assert.All(colours, colour => Assert.NotEmpty(colour));
        Assert.Equal(3, colours.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(["Person", "Country", "Organization", "Place"], label =>
            Assert.Matches($@"node\.{label}\s*\{{[^}}]*caption:\s*""\{{name\}}""", grass));
    }

    private static HashSet<string> RowKeysOf(Type rowType)
    {
        var sample = rowType.GetConstructors().Single().GetParameters()
            .Select(parameter => parameter.ParameterType switch
            {
                var type when type == typeof(string) => (object?)"x",
                var type when type == typeof(int) => 1,
                var type when type == typeof(ImmutableArray<string>) => ImmutableArray.Create("x"),
                var type when type == typeof(ImmutableArray<int>) => ImmutableArray.Create(1),
                _ => null,
            })
            .ToArray();
        var row = Activator.CreateInstance(rowType, sample)!;
        var json = JsonSerializer.SerializeToNode(row, rowType, RowsJson.Default)!.AsObject();
        return json.Select(pair => pair.Key).ToHashSet();
    }
}
