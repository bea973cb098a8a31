using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Graph.Core.Model;
using Graph.Extraction;

namespace Graph.Ingestion.Tests.Pipeline;

/// <summary>Every "@Name" is a person and the first two met; "EXPLODE" makes it throw. Counts its calls.</summary>
internal sealed partial class FakeExtractor(int version = 1) : IArticleExtractor
{
    private int calls;

    public int Version => version;

    public int Calls => calls;

    public ArticleGraph Extract(Article article)
    {
        Interlocked.Increment(ref calls);
        if (article.Text.Contains("EXPLODE", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("boom");
        }
        var people = Handle().Matches(article.Text)
            .GroupBy(match => match.Groups[1].Value)
            .Select(group => new Entity(EntityId.For(EntityType.Person, group.Key), EntityType.Person, group.Key, [],
                [.. group.Select(match => TextSpan.Of(article.Text, match.Index, match.Index + match.Length))]))
            .ToImmutableArray();
        ImmutableArray<Relation> relations = people.Length >= 2
            ? [new Relation(RelationType.Met, people[0].Id, people[1].Id, MeetingStatus.Held, null, TextSpan.Of(article.Text, 0, article.Text.Length))]
            : [];
        return new ArticleGraph(article.Source, article.Title, article.Outlet, people, relations, []);
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Handle();
}
