using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// LEADER_OF from leader titles: "Chinese President Chen Weiming" names the country; a bare "President Brandt"
/// is taken as the leader of the United States when the article is about it and no one else leads it.
/// </summary>
internal sealed class LeaderFinder(WordLists words)
{
    private const string DefaultCountry = "United States";

    private readonly LeaderAppositions appositions = new(words);
    private readonly BarePosts barePosts = new(words);

    public IEnumerable<RelationDraft> Find(ResolvedArticle article)
    {
        var found = new List<RelationDraft>();
        // "UK Chancellor Ana Varga": a leader's title elsewhere, but that country's finance post.
        foreach (var person in article.Persons.Where(p => p.LeaderOf is not null && !p.Titles.Any(t => IsHomePost(t, p.LeaderOf.Name)) && !IsLoneGuess(p)).ToList())
        {
            var country = CountryEntity(article, person.LeaderOf!, person);
            found.Add(new RelationDraft(RelationType.LeaderOf, person, country, null, null, SentenceOf(article, person)));
        }
        var led = found.Select(r => r.Target).ToHashSet();
        foreach (var (person, country, sentence) in appositions.Find(article).Where(a => !a.Person.InCreditsOnly && found.All(r => r.Source != a.Person)).ToList())
        {
            if (led.Add(country))
            {
                found.Add(new RelationDraft(RelationType.LeaderOf, person, country, null, null, sentence));
                person.HasBareLeaderTitle = false;
            }
        }
        var home = article.Get(EntityType.Country, words.Countries.First(c => c.Name == DefaultCountry).Name);
        // "Prime Minister X" with no country, in an article whose institutions are one state's (Downing Street, the
        // Commons, the Tories): that state's prime minister, when the article names the state.
        if (HomeCountry(article) is { } institutionsHome && institutionsHome != home && !led.Contains(institutionsHome)
            && article.Persons.Where(p => p.LeaderOf is null && p.HasBareLeaderTitle && p.BareTitle is "Prime Minister" or "PM" && !p.InCreditsOnly
                && (p.Nationality is null || p.Nationality.Name == institutionsHome.Name) && !OtherCountryInSentence(article, p.BareTitleToken, institutionsHome))
                .OrderByDescending(p => p.Spans.Count).FirstOrDefault() is { } premier)
        {
            led.Add(institutionsHome);
            found.Add(new RelationDraft(RelationType.LeaderOf, premier, institutionsHome, null, null, article.Document.SentenceOf[premier.BareTitleToken]));
            premier.HasBareLeaderTitle = false;
        }
        // "Ana Varga has backed ... In a speech, the prime minister said": the article's opening person, in the same home.
        if (HomeCountry(article) is { } premierHome && !led.Contains(premierHome) && premierHome != home
            && barePosts.Holder(article, PrimeMinisterAt, barePosts.AnyPostAt) is { } bareHolder && found.All(r => r.Source != bareHolder.Person)
            && (bareHolder.Person.Nationality is null || bareHolder.Person.Nationality.Name == premierHome.Name))
        {
            led.Add(premierHome);
            found.Add(new RelationDraft(RelationType.LeaderOf, bareHolder.Person, premierHome, null, null, bareHolder.Sentence));
        }
        var bare = article.Persons.Where(p => p.LeaderOf is null && p.HasBareLeaderTitle && !IsQualified(article, p.BareTitleToken))
            .OrderByDescending(p => p.Spans.Count).ToList();
        // The home country goes to the most named bare "President" not known to be of another country.
        var titled = bare.FirstOrDefault(p => p.BareTitle == "President" && (p.Nationality is null || p.Nationality.Name == DefaultCountry));
        if (home is not null && !led.Contains(home) && titled is not null)
        {
            led.Add(home);
            bare.Remove(titled);
            found.Add(new RelationDraft(RelationType.LeaderOf, titled, home, null, null, article.Document.SentenceOf[titled.BareTitleToken]));
        }
        // "Chancellor Ana Varga" in an article on British politics holds the Treasury, not the country.
        var homePosts = HomeCountry(article)?.Name;
        foreach (var person in bare.Where(p => p.HasBareLeaderTitle && !IsHomePost(p.BareTitle, homePosts)))
        {
            // "dictator Kim ... North Korea's Kim": a leader's title with no country, and the country's possessive elsewhere.
            var named = person.PossessedBy ?? person.NamedAfterDemonym;
            var own = named is not null && !person.InCreditsOnly ? article.Get(EntityType.Country, named.Name) : null;
            if ((own is not null && !led.Contains(own) ? own : CountryNear(article, person.BareTitleToken, led)) is { } country)
            {
                led.Add(country);
                found.Add(new RelationDraft(RelationType.LeaderOf, person, country, null, null, article.Document.SentenceOf[person.BareTitleToken]));
            }
        }
        // "North Korea's Park Ji Seon": a person never given a title, named by the country's possessive, leads it;
        // "North Korean Park Ji-seon", said of someone named often, reads the same way.
        foreach (var person in article.Persons.Where(p => p.LeaderOf is null && !p.HasTitle && (p.PossessedBy ?? (p.Spans.Count >= 3 ? p.NamedAfterDemonym : null)) is not null).ToList())
        {
            var country = CountryEntity(article, (person.PossessedBy ?? person.NamedAfterDemonym)!, person);
            if (led.Add(country) && !person.InCreditsOnly)
            {
                found.Add(new RelationDraft(RelationType.LeaderOf, person, country, null, null, SentenceOf(article, person)));
            }
        }
        return found;
    }

    /// <summary>
    /// "NBC's Ana Varga asked about the summit with the North Korean leader": someone named once, with no title and no
    /// tie to the country, given its leadership only because the title phrase followed the name.
    /// </summary>
    private static bool IsLoneGuess(EntityDraft person) =>
        !person.HasTitle && person.Spans.Count == 1 && person.LeaderOf is { } country
        && person.Nationality != country && person.PossessedBy != country && person.NamedAfterDemonym != country;

    /// <summary>
    /// "then-South Korean President X", "UAW President X", "the campaign chairman X": a country word, an institution or a
    /// lower-case noun glued before the title makes it another country's or another body's post, so the bare title
    /// says nothing about the article's country ("Republican President X" and "While President X" still do).
    /// </summary>
    private bool IsQualified(ResolvedArticle article, int title)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        if (title <= 0 || doc.SentenceOf[title - 1] != doc.SentenceOf[title])
        {
            return false;
        }
        var before = tokens[title - 1];
        if (before.Norm.EndsWith("vice", StringComparison.Ordinal))
        {
            return true; // "then-Vice President X"
        }
        if (!before.IsWord || words.Parties.Match(tokens, title - 1, title) is not null)
        {
            return false;
        }
        if (!before.IsCapitalized)
        {
            return tokens[title].Norm is "chairman" or "leader" && !FunctionWords.Contains(before.Norm);
        }
        var text = doc.Text[before.Start..before.End];
        // "REUTERS President X", "CLOSE President X": a credit or a button opening a caption is glued to nothing.
        var caption = before.IsAllCaps && doc.Blocks.Any(b => b.FirstToken == title - 1);
        return (article.EndingAt(title) is { Entity.Type: EntityType.Organization } && !caption)
            || PlaceNames.StartEndingAt(words, tokens, title, withCountries: true) is not null
            || words.Countries.Any(c => c.Demonyms.Any(d => d.EndsWith(" " + text, StringComparison.OrdinalIgnoreCase))); // "then-South Korean"
    }

    /// <summary>Lower-case words that may stand before a bare "leader" or "chairman" without qualifying it: "for leader X".</summary>
    private static readonly HashSet<string> FunctionWords =
        ["the", "a", "an", "for", "by", "with", "to", "of", "and", "as", "at", "from", "on", "that", "but", "or", "when", "while", "after", "before", "under",
         "said", "says", "told", "met", "meet", "meets", "between", "whom", "who", "then", "like", "unlike", "than", "if", "is", "was", "has", "had", "where", "how"];

    /// <summary>A leader's title that is a government post in the given country ("Chancellor" in Britain).</summary>
    private bool IsHomePost(string? title, string? home)
    {
        if (title is null || home is null)
        {
            return false;
        }
        var tokens = words.Tokenizer.Tokenize(title);
        return words.Posts.Match(tokens, 0, tokens.Count) is { } post && post.Length == tokens.Count && post.Value.Country == home;
    }

    /// <summary>"prime minister" or "PM", for a bare post.</summary>
    private (int Length, TitleInfo Post, string Title)? PrimeMinisterAt(IReadOnlyList<Token> tokens, int index) =>
        words.Titles.Match(tokens, index, tokens.Count) is { Value: { IsLeader: true, Text: "Prime Minister" or "PM" } title } match
            ? (match.Length, title, title.Text)
            : null;

    /// <summary>
    /// The named country whose institutions the article names most often (twice at least, or once when no other
    /// state's institution is named: "met Prime Minister X at Downing Street"), if any.
    /// </summary>
    private EntityDraft? HomeCountry(ResolvedArticle article)
    {
        var states = article.Entities
            .Where(e => e.Type == EntityType.Organization && e.Spans.Count > 0 && words.InstitutionCountries.ContainsKey(e.Name))
            .GroupBy(e => words.InstitutionCountries[e.Name])
            .Select(g => (Country: g.Key, Count: g.Sum(e => e.Spans.Count)))
            .ToList();
        var best = states.OrderByDescending(c => c.Count).FirstOrDefault(c => c.Count >= 2 || states.Count == 1);
        return best.Country is null ? null : article.Get(EntityType.Country, best.Country);
    }

    /// <summary>
    /// "For Iraq, they criticized Prime Minister X": a title in a sentence about another country is not the home one
    /// (a country in the words quoted from the holder, "our envoy in Kenya", does not qualify the title).
    /// </summary>
    private static bool OtherCountryInSentence(ResolvedArticle article, int token, EntityDraft home)
    {
        var doc = article.Document;
        var sentence = doc.Sentences[doc.SentenceOf[token]];
        return article.Within(sentence.FirstToken, sentence.EndToken).Any(r => r.Entity.Type == EntityType.Country && r.Entity != home && !doc.InQuote(r.First));
    }

    /// <summary>The country's entity; named only by a demonym ("Australian prime minister"), it is created here.</summary>
    private static EntityDraft CountryEntity(ResolvedArticle article, CountryInfo country, EntityDraft person)
    {
        if (article.Get(EntityType.Country, country.Name) is { } existing)
        {
            return existing;
        }
        var draft = article.Add(new EntityDraft(EntityType.Country, country.Name, country.Name));
        var doc = article.Document;
        var first = article.References.First(r => r.Entity == person).First;
        for (var t = first - 1; t >= 0 && t >= first - 6; t--)
        {
            var token = doc.Tokens[t];
            if (country.Demonyms.Any(d => d.EndsWith(doc.Text[token.Start..token.End], StringComparison.OrdinalIgnoreCase)))
            {
                draft.AddSurface(doc.Text[token.Start..token.End], token.Start, token.End);
                break;
            }
        }
        return draft;
    }

    /// <summary>"South Korea ..., the office of President Dahl said": the nearest country of the title's sentence not yet led.</summary>
    private static EntityDraft? CountryNear(ResolvedArticle article, int token, HashSet<EntityDraft> led)
    {
        var doc = article.Document;
        var sentence = doc.Sentences[doc.SentenceOf[token]];
        return article.Within(Math.Max(sentence.FirstToken, token - 20), token)
            .Where(r => r.Entity.Type == EntityType.Country && !led.Contains(r.Entity) && !doc.InQuote(r.First))
            .OrderBy(r => Math.Abs(r.First - token))
            .Select(r => r.Entity)
            .FirstOrDefault();
    }

    private static int SentenceOf(ResolvedArticle article, EntityDraft person) =>
        article.Document.SentenceOf[article.References.First(r => r.Entity == person).First];
}
