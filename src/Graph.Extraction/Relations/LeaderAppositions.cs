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
            if ((After(article, person.End) ?? Before(article, person.First) ?? TitledOf(article, person)
                 ?? DemonymAfter(article, person.End) ?? DemonymBefore(article, person.First)) is { } country)
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

    /// <summary>Words before a leader's title that make it someone else's post or a past one: "former King X", "Crown Prince X".</summary>
    private static readonly HashSet<string> NotTheLeader = ["former", "ex", "late", "then", "deputy", "vice", "crown", "acting", "interim", "shadow", "first"];

    /// <summary>"King Tomas Brel of Jordan", "President Ana Varga of the Philippines": a leader's title, the name, and "of" the country.</summary>
    private EntityDraft? TitledOf(ResolvedArticle article, Reference person)
    {
        var tokens = article.Document.Tokens;
        if (person.End + 1 >= tokens.Count || tokens[person.End].Norm != "of" || !TitleEndsAt(tokens, person.First))
        {
            return null;
        }
        var at = tokens[person.End + 1].Norm == "the" ? person.End + 2 : person.End + 1;
        return article.At(at) is { Entity.Type: EntityType.Country } country && !(country.End < tokens.Count && tokens[country.End].Norm == "'s") ? country.Entity : null;
    }

    /// <summary>A leader's title, not a former or deputy one, right before the token.</summary>
    private bool TitleEndsAt(IReadOnlyList<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - 3); start < end; start++)
        {
            if (LeaderTitleAt(tokens, start) is { } length && start + length == end)
            {
                return start == 0 || !(NotTheLeader.Contains(tokens[start - 1].Norm) || tokens[start - 1].Norm.EndsWith('-'));
            }
        }
        return false;
    }

    /// <summary>"X, the Jordanian king," closing with a comma, a relative clause or the sentence's end.</summary>
    private EntityDraft? DemonymAfter(ResolvedArticle article, int end)
    {
        var tokens = article.Document.Tokens;
        if (end + 3 >= tokens.Count || tokens[end].Norm != "," || tokens[end + 1].Norm != "the" || DemonymAt(article, tokens, end + 2) is not { } demonym)
        {
            return null;
        }
        var title = end + 2 + demonym.Length;
        return LeaderTitleAt(tokens, title) is { } length && (title + length >= tokens.Count || tokens[title + length].Norm is "," or "." or ";" or ")" or "who" or "whose" or "and")
            ? demonym.Country
            : null;
    }

    /// <summary>"The Jordanian king, X, said": the title phrase opens the apposition that the name closes.</summary>
    private EntityDraft? DemonymBefore(ResolvedArticle article, int first)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        if (first < 4 || tokens[first - 1].Norm != ",")
        {
            return null;
        }
        for (var start = Math.Max(2, first - 5); start < first - 1; start++)
        {
            if (LeaderTitleAt(tokens, start) is { } length && start + length == first - 1)
            {
                for (var demonym = Math.Max(1, start - 2); demonym < start; demonym++)
                {
                    if (tokens[demonym - 1].Norm == "the" && DemonymAt(article, tokens, demonym) is { } found && demonym + found.Length == start
                        && doc.SentenceOf[demonym] == doc.SentenceOf[first])
                    {
                        return found.Country;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>A country's demonym at the index ("Jordanian", "South Korean"), when the article names that country.</summary>
    private (int Length, EntityDraft Country)? DemonymAt(ResolvedArticle article, IReadOnlyList<Token> tokens, int index) =>
        words.CountryWords.Match(tokens, index, tokens.Count) is { Value.Kind: CountryWordKind.Demonym } match
        && article.Get(EntityType.Country, match.Value.Country.Name) is { } country
            ? (match.Length, country)
            : null;

    /// <summary>The length of a head of state's or government's title at index, written in any case.</summary>
    private int? LeaderTitleAt(IReadOnlyList<Token> tokens, int index) =>
        words.Titles.Match(tokens, index, tokens.Count) is { Value.IsLeader: true } title ? title.Length : null;
}
