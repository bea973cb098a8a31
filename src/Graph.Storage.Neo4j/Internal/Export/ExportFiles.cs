namespace Graph.Storage.Neo4j.Internal.Export;

/// <summary>The CSV files of one export, open together while the articles stream through, in the import command's order.</summary>
internal sealed class ExportFiles : IAsyncDisposable
{
    public ExportFiles(Func<string, string> path)
    {
        Articles = new CsvFile(path("articles.csv"), "id:ID(Article)", "source", "title", "url", "date", "outlet", "extractorVersion:int", "graph", ":LABEL");
        Entities = new CsvFile(path("entities.csv"),
            "id:ID(Entity)", "name", "aliases:string[]", "keys:string[]",
            "articles:int", "names:string[]", "nameArticles:int[]", "canonicalArticles:int[]", ":LABEL");
        Quotes = new CsvFile(path("quotes.csv"), "id:ID(Quote)", "text", "cue", "start:int", ":LABEL");
        EntityLinks = new CsvFile(path("entity_links.csv"), "rawId:ID(EntityLink)", "entityId", "reason", ":LABEL");
        Mentions = new CsvFile(path("mentions.csv"), ":START_ID(Article)", ":END_ID(Entity)", "names:string[]", "canonical:string[]", "keys:string[]", ":TYPE");
        Met = new CsvFile(path("met.csv"), ":START_ID(Entity)", ":END_ID(Entity)", "status", "sources:string[]", "evidence:string[]", ":TYPE");
        AffiliatedWith = new CsvFile(path("affiliated_with.csv"), ":START_ID(Entity)", ":END_ID(Entity)", "role", "sources:string[]", "evidence:string[]", ":TYPE");
        LeaderOf = new CsvFile(path("leader_of.csv"), ":START_ID(Entity)", ":END_ID(Entity)", "sources:string[]", "evidence:string[]", ":TYPE");
        Said = new CsvFile(path("said.csv"), ":START_ID(Entity)", ":END_ID(Quote)", ":TYPE");
        About = new CsvFile(path("about.csv"), ":START_ID(Quote)", ":END_ID(Entity)", ":TYPE");
        In = new CsvFile(path("in.csv"), ":START_ID(Quote)", ":END_ID(Article)", ":TYPE");
        Quoted = new CsvFile(path("quoted.csv"), ":START_ID(Article)", ":END_ID(Entity)", ":TYPE");
    }

    public CsvFile Articles { get; }
    public CsvFile Entities { get; }
    public CsvFile Quotes { get; }
    public CsvFile EntityLinks { get; }
    public CsvFile Mentions { get; }
    public CsvFile Met { get; }
    public CsvFile AffiliatedWith { get; }
    public CsvFile LeaderOf { get; }
    public CsvFile Said { get; }
    public CsvFile About { get; }
    public CsvFile In { get; }
    public CsvFile Quoted { get; }

    public IReadOnlyList<CsvFile> Nodes => [Articles, Entities, Quotes, EntityLinks];

    public IReadOnlyList<CsvFile> Relationships => [Mentions, Met, AffiliatedWith, LeaderOf, Said, About, In, Quoted];

    public async ValueTask DisposeAsync()
    {
        foreach (var file in Nodes.Concat(Relationships))
        {
            await file.DisposeAsync();
        }
    }
}
