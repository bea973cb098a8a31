using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// A leader's title with its country in an apposition: "Ana Varga, the president of Poland," and "The prime
/// minister of Fiji, Tomas Brel, said". A former or deputy holder is not the leader.
/// </summary>
internal sealed class LeaderAppositions(WordLists words)
{
    public IEnumerable<(EntityDraft Person, EntityDraft Country, int Sentence)> Find(ResolvedArticle article)
    {
        var doc = article.Document;
        foreach (var person in article.References.Where(r => r.IsName && r.Entity.Type == EntityType.Person && !doc.InQuote(r.First)))
        {
            if ((After(article, person.End) ?? Before(article, person.First)) is { } country)
            {
                yield return (person.Entity, country, doc.SentenceOf[person.First]);
            }
        }
    }

    /// <summary>"X, the president of Poland," closing with a comma or the sentence's end.</summary>
    private EntityDraft? After(ResolvedArticle article, int end)
    {
        var tokens = article.Document.Tokens;
        if (end + 4 >= tokens.Count || tokens[end].Norm != "," || tokens[end + 1].Norm != "the" || LeaderTitleAt(tokens, end + 2) is not { } length)
        {
            return null;
        }
        var of = end + 2 + length;
        if (of + 1 >= tokens.Count || tokens[of].Norm != "of" || article.At(of + 1) is not { Entity.Type: EntityType.Country } country)
        {
            return null;
        }
        return country.End >= tokens.Count || tokens[country.End].Norm is "," or "." or ";" ? country.Entity : null;
    }

    /// <summary>"The prime minister of Fiji, X,": the title phrase opens the apposition that the name closes.</summary>
    private EntityDraft? Before(ResolvedArticle article, int first)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        if (first < 5 || tokens[first - 1].Norm != "," || article.EndingAt(first - 1) is not { Entity.Type: EntityType.Country } country || tokens[country.First - 1].Norm != "of")
        {
            return null;
        }
        var of = country.First - 1;
        for (var start = Math.Max(1, of - 3); start < of; start++)
        {
            if (LeaderTitleAt(tokens, start) is { } length && start + length == of && tokens[start - 1].Norm == "the" && doc.SentenceOf[start] == doc.SentenceOf[first])
            {
                return country.Entity;
            }
        }
        return null;
    }

    /// <summary>The length of a head of state's or government's title at index, written in any case.</summary>
    private int? LeaderTitleAt(IReadOnlyList<Token> tokens, int index) =>
        words.Titles.Match(tokens, index, tokens.Count) is { Value.IsLeader: true } title ? title.Length : null;
}
