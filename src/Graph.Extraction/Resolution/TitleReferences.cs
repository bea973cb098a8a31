using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Title phrases standing for a person: "the North Korean leader" is whoever leads that country, "the president"
/// the one person called President, "the Chinese president, Chen Weiming" the name that follows.
/// </summary>
internal sealed class TitleReferences(WordLists words)
{
    private const string HomeCountry = "United States";

    /// <summary>How many sentences back a bare title written before a name still decides who "the president" is.</summary>
    private const int RecentSentences = 3;

    public void Add(Document doc, IReadOnlyList<Mention> mentions, ResolvedArticle article)
    {
        var byEnd = mentions.Where(m => m.Kind is MentionKind.Country or MentionKind.Demonym).ToDictionary(m => m.End, m => m);
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.Titles.Match(tokens, i, tokens.Count) is not { } title)
            {
                continue;
            }
            if (!title.Value.IsLeader)
            {
                Holder(doc, article, i, title.Length, title.Value);
                continue;
            }
            var end = i + title.Length;
            if (end < tokens.Count && (tokens[end].IsCapitalized && tokens[end].IsWord && !tokens[end].IsAllCaps))
            {
                continue; // a title before a name, handled with the name
            }
            var country = PersonFacts.CountryBefore(doc, byEnd, i);
            var start = country is null ? i : byEnd.Values.First(m => m.End == i || m.End == i - 1).First;
            if (start == 0 || tokens[start - 1].Norm != "the")
            {
                continue;
            }
            if (end + 1 < tokens.Count && tokens[end].Norm == "," && article.At(end + 1) is { Entity.Type: EntityType.Person } named)
            {
                // "the Chinese president, Chen Weiming": the name that follows is the one meant.
                named.Entity.LeaderOf ??= country;
                article.References.Add(new Reference(start - 1, end, named.Entity, IsName: false));
                continue;
            }
            var leader = country is null
                ? LastBareTitled(doc, article, start, title.Value.Text)
                  ?? article.Persons.Where(p => p.HasBareLeaderTitle && p.LeaderOf is null && Holds(p, title.Value.Text)).OrderByDescending(p => p.FullMentions).FirstOrDefault()
                  ?? article.Persons.Where(p => p.HasBareLeaderTitle && Holds(p, title.Value.Text)).OrderByDescending(p => p.Spans.Count).FirstOrDefault()
                  ?? PreviousSubject(doc, article, start - 1)
                  ?? (title.Value.Text == "President" ? null : OnlyTitled(article, title.Value.Text, start))
                : article.Persons.FirstOrDefault(p => p.LeaderOf == country) ?? Bare(article, start, country, title.Value.Text) ?? Nearest(doc, article, start, country);
            if (leader is not null)
            {
                article.References.Add(new Reference(start - 1, end, leader, IsName: false));
            }
        }
    }

    /// <summary>
    /// "President Tomas Brandt said ... \"We will see,\" the president said": the person given that bare title last,
    /// in the last few sentences, before someone named more often with it elsewhere.
    /// </summary>
    private static EntityDraft? LastBareTitled(Document doc, ResolvedArticle article, int token, string title)
    {
        var sentence = doc.SentenceOf[token];
        return article.Persons
            .Where(p => string.Equals(p.BareTitle, title, StringComparison.OrdinalIgnoreCase))
            .Select(p => (Person: p, Last: p.BareTitleTokens.Where(t => t < token && doc.SentenceOf[t] >= sentence - RecentSentences).DefaultIfEmpty(-1).Max()))
            .Where(c => c.Last >= 0)
            .OrderByDescending(c => c.Last)
            .Select(c => c.Person)
            .FirstOrDefault();
    }

    /// <summary>
    /// "Tomas Brel has set out his budget. The chancellor said ...": a post no one in the article is given, opening a
    /// sentence, is the untitled person opening the body sentence before.
    /// </summary>
    private static EntityDraft? PreviousSubject(Document doc, ResolvedArticle article, int the)
    {
        if (doc.Sentences[doc.SentenceOf[the]].FirstToken != the)
        {
            return null;
        }
        return PreviousSentence.FirstPerson(doc, article, the, withinWords: 1) is { Entity: { HasTitle: false, LeaderOf: null, InCreditsOnly: false } } first ? first.Entity : null;
    }

    /// <summary>
    /// "President Tomas Brel ... the chancellor said": a post names only someone given that post; the bare "leader" any
    /// head of state or government.
    /// </summary>
    private static bool Holds(EntityDraft person, string title) =>
        title == "Leader" || string.Equals(person.BareTitle, title, StringComparison.OrdinalIgnoreCase) || person.Titles.Contains(title.ToLowerInvariant());

    /// <summary>
    /// "Foreign Secretary Jack Straw ... the foreign secretary said": a post named with "the" is the one person given
    /// that title before their name earlier in the article; honorifics and common titles shared by many name no one.
    /// </summary>
    private static void Holder(Document doc, ResolvedArticle article, int start, int length, TitleInfo title)
    {
        var tokens = doc.Tokens;
        var end = start + length;
        if (title.IsHonorific || length < 2 && title.Text.Length < 8 || start == 0 || tokens[start - 1].Norm != "the"
            || (end < tokens.Count && tokens[end].IsCapitalized && tokens[end].IsWord) || doc.InQuote(start))
        {
            return;
        }
        var key = title.Text.ToLowerInvariant();
        var holders = article.Persons.Where(p => p.Titles.Contains(key) && p.FirstToken < start).Take(2).ToList();
        if (holders.Count == 1)
        {
            article.References.Add(new Reference(start - 1, end, holders[0], IsName: false));
        }
    }

    /// <summary>
    /// "Jordanian King Tomas Brel ... the king said": the one person given that leader's title, with its country, before
    /// ("the president" in a story about the United States is its own, even when only a foreign one is titled).
    /// </summary>
    private static EntityDraft? OnlyTitled(ResolvedArticle article, string title, int token)
    {
        var key = title.ToLowerInvariant();
        var holders = article.Persons.Where(p => p.Titles.Contains(key) && p.FirstToken < token).Take(2).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>
    /// "... praised Park Ji Seon's visit and his plan to meet with the North Korean leader": when no one is yet known to lead
    /// the country, the title describes the person named last before it.
    /// </summary>
    private static EntityDraft? Nearest(Document doc, ResolvedArticle article, int token, CountryInfo country)
    {
        var sentence = doc.SentenceOf[token];
        var subject = article.Within(doc.Sentences[sentence].FirstToken, token).FirstOrDefault(r => r.Entity.Type == EntityType.Person);
        var subjectEntity = subject is not null && !(subject.End < doc.Tokens.Count && doc.Tokens[subject.End].Norm == "'s") ? subject.Entity : null;
        var candidate = article.References
            .Where(r => r.First < token && r.Entity.Type == EntityType.Person && r.IsName && !doc.InQuote(r.First) && doc.SentenceOf[r.First] >= sentence - 2)
            .Select(r => r.Entity)
            .Where(p => p != subjectEntity) // "Park said he had not met the South's leader": the subject is someone else
            .LastOrDefault(p => p.LeaderOf is null && !p.InCreditsOnly && !p.HasTitle && (p.Nationality is null || p.Nationality == country)
                && doc.SentenceOf[article.References.Last(r => r.Entity == p && r.First < token).First] >= sentence - 1);
        if (candidate is not null)
        {
            candidate.LeaderOf = country;
        }
        return candidate;
    }

    /// <summary>"President Tomas Brandt ... the US President": the one person given a bare leader title, now with its country.</summary>
    private static EntityDraft? Bare(ResolvedArticle article, int token, CountryInfo country, string title)
    {
        // In a story that names the United States, its most-named bare "President" is its own, not "the South Korean president".
        var home = article.Get(EntityType.Country, HomeCountry) is not null && country.Name != HomeCountry
            ? article.Persons.Where(p => p.HasBareLeaderTitle && p.BareTitle == "President" && (p.Nationality is null || p.Nationality.Name == HomeCountry))
                .OrderByDescending(p => p.Spans.Count).FirstOrDefault()
            : null;
        var bare = article.Persons.Where(p => p.HasBareLeaderTitle && p.LeaderOf is null && p.FirstToken < token && p.BareTitle == title && p != home).ToList();
        if (bare.Count != 1)
        {
            return null;
        }
        bare[0].LeaderOf = country;
        return bare[0];
    }
}
