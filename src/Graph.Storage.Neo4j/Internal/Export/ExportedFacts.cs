using Graph.Storage.Neo4j.Internal.Writing;

namespace Graph.Storage.Neo4j.Internal.Export;

/// <summary>
/// What an export must gather over every article before it can write it: each entity's label and name counts
/// (<see cref="NameTally"/>, so it is named by <see cref="EntityNaming"/> as the store names it), and each fact once
/// per (type, source, target, status or role) with the articles and sentences supporting it. Articles, mentions and
/// quotes are not kept: they are written as they are read, so memory grows with the entities and facts only.
/// </summary>
internal sealed class ExportedFacts
{
    private readonly Dictionary<string, (string Label, NameTally Names)> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string SourceId, string TargetId, string? Status, string? Role), List<(string ArticleId, string Evidence)>> relations = [];

    public bool IsEntity(string id) => entities.ContainsKey(id);

    /// <summary>Counts one article's rows (an article is added once; the exporter drops repeated copies).</summary>
    public void Add(BatchRows rows)
    {
        foreach (var mentions in rows.Mentions.GroupBy(row => row.EntityId, StringComparer.Ordinal))
        {
            if (!entities.TryGetValue(mentions.Key, out var entity))
            {
                entities[mentions.Key] = entity = (mentions.First().Type, new NameTally());
            }
            foreach (var article in NameTally.PerArticle(mentions.Select(row => new ArticleNames(row.ArticleId, row.Names, row.Canonical))))
            {
                entity.Names.Add(article);
            }
        }
        var facts = rows.Meetings.Select(row => ("MET", row))
            .Concat(rows.Affiliations.Select(row => ("AFFILIATED_WITH", row)))
            .Concat(rows.Leaderships.Select(row => ("LEADER_OF", row)));
        foreach (var (type, row) in facts)
        {
            var key = (type, row.SourceId, row.TargetId, row.Status, row.Role);
            if (!relations.TryGetValue(key, out var sources))
            {
                relations[key] = sources = [];
            }
            sources.Add((row.ArticleId, row.Evidence));
        }
    }

    /// <summary>Every entity some article mentions, by id, with its label and merged names and counts.</summary>
    public IEnumerable<(string Label, EntityNamesRow Names)> Entities() =>
        entities.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => (pair.Value.Label, EntityNaming.From(pair.Key, pair.Value.Names)!));

    /// <summary>Each fact whose two ends are entities, its supporting articles in article-id order.</summary>
    public IEnumerable<MergedRelation> Relations() =>
        relations.Where(pair => IsEntity(pair.Key.SourceId) && IsEntity(pair.Key.TargetId))
            .OrderBy(pair => pair.Key.Type, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.SourceId, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.TargetId, StringComparer.Ordinal)
            .Select(pair =>
            {
                var sources = pair.Value.OrderBy(source => source.ArticleId, StringComparer.Ordinal).ToList();
                return new MergedRelation(pair.Key.Type, pair.Key.SourceId, pair.Key.TargetId, pair.Key.Status, pair.Key.Role,
                    [.. sources.Select(source => source.ArticleId)], [.. sources.Select(source => source.Evidence)]);
            });
}
