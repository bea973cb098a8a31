using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// AFFILIATED_WITH a political party from the ways news ties a politician to one: the party word before the name,
/// maybe with a post between ("Tory leader X", "Republican Sen. X", "Conservative X", "the Lib Dems' X"), an
/// apposition ("X, a Maryland Democrat,", "a Democrat, X,", "X, the Labour MP for Y") and a party tag ("X (R-Texas)").
/// The party becomes an entity of the article under its full name when only its member word is written.
/// </summary>
internal sealed class PartyFinder(WordLists words)
{
    private readonly PartyTags tags = new(words);
    private readonly PartyReferences references = new(words);
    private readonly PartyGatherings gatherings = new(words);

    private const int PostWords = 3;
    private const int AppositionReach = 15;

    private static readonly HashSet<string> CountWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "a", "few", "dozens", "of"];

    /// <summary>Titles of several people at once: "Sens. Ana Varga and Tomas Brel".</summary>
    private static readonly HashSet<string> PluralTitles = ["sens", "reps", "senators", "representatives", "mps", "meps", "lawmakers", "congressmen", "governors", "govs", "nominees", "candidates", "challengers", "hopefuls"];

    /// <summary>Nouns for a party's candidate or seat holder: "the Republican nominee, X".</summary>
    /// <summary>Verbs of a party picking its candidate: "Ohio Democrats tapped Ana Varga".</summary>
    private static readonly HashSet<string> ChoosingVerbs = ["tapped", "picked", "nominated", "chose", "selected"];

    /// <summary>Words of rank before a party word in an apposition: "the top Democrat on", "the committee's ranking Republican".</summary>
    private static readonly HashSet<string> RankWords = ["top", "ranking", "senior", "leading", "lone", "only", "highest-ranking", "most", "longtime", "veteran"];

    private static readonly HashSet<string> CandidateNouns = ["nominee", "incumbent", "candidate", "challenger", "favorite", "favourite", "hopeful", "frontrunner", "front-runner", "contender", "nominees", "candidates", "challengers", "hopefuls"];


    private readonly BarePosts barePosts = new(words);

    /// <summary>A party's posts written after its word with no name: "the Tory leader said".</summary>
    private static readonly HashSet<string> PartyPosts = ["leader", "chairman", "chairwoman", "co-chairman"];

    public IEnumerable<RelationDraft> Find(ResolvedArticle article)
    {
        var doc = article.Document;
        var found = new List<RelationDraft>();
        foreach (var person in article.References.Where(r => r.IsName && r.Entity.Type == EntityType.Person).ToList())
        {
            var sentence = doc.SentenceOf[person.First];
            // Inside a quotation only the tightest forms hold ("... said Republican Sen. X", "X (R-Texas)").
            var tie = doc.InQuote(person.First)
                ? Before(doc, person.First) ?? tags.Find(doc, person.First, person.End)
                : Before(doc, person.First) ?? Chosen(doc, person.First) ?? FrontedFor(doc, person.First) ?? AppositionAfter(doc, person.End) ?? AppositionBefore(doc, person.First, person.End)
                    ?? tags.Find(doc, person.First, person.End) ?? tags.AfterHeadlines(doc, person.First, person.End) ?? references.Own(article, person.End) ?? AmongOthers(doc, person.End) ?? SharedTitle(article, person.First)
                    ?? gatherings.Addressed(article, person);
            if (tie is { } party && (doc.SentenceOf[party.First] == sentence || party.IsTag)) // a tag after headlines may stand a sentence on
            {
                var entity = PartyEntity(article, party.Info, party.First, party.End, party.IsTag);
                found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, entity, null, null, sentence));
            }
            else if ((references.NamedBefore(article, person.First, person.End) ?? references.SpokesmanAfter(article, person.First)) is { } earlier)
            {
                var entity = PartyEntity(article, earlier.Info, earlier.First, earlier.End, earlier.IsTag);
                found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, entity, null, null, sentence));
            }
        }
        // "Ana Varga has backed the plan ... But the Tory leader argued": the article's opening person leads that party.
        if (barePosts.Holder(article, PartyPostAt, (_, _) => null, isPartyPost: true) is { } bare && found.All(r => r.Source != bare.Person))
        {
            var entity = PartyEntity(article, bare.Post.Info, bare.Post.First, bare.Post.End, false);
            found.Add(new RelationDraft(RelationType.AffiliatedWith, bare.Person, entity, null, null, bare.Sentence));
        }
        return found;
    }

    /// <summary>"Tory leader", "Liberal Democrat chairman": a party word and one of its posts, for a bare post.</summary>
    private (int Length, (int First, int End, PartyInfo Info) Post, string Title)? PartyPostAt(IReadOnlyList<Token> tokens, int index)
    {
        if (!tokens[index].IsCapitalized || words.Parties.Match(tokens, index, tokens.Count) is not { } party || index + party.Length >= tokens.Count
            || !PartyPosts.Contains(tokens[index + party.Length].Norm))
        {
            return null;
        }
        return (party.Length + 1, (index, index + party.Length, party.Value), tokens[index + party.Length].Norm + " of " + party.Value.Name);
    }

    /// <summary>"Conservative Oliver Letwin", "Tory shadow chancellor X", "Republican Sen. X", "the Lib Dems' X".</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? Before(Document doc, int first)
    {
        var tokens = doc.Tokens;
        var t = first;
        if (t > 0 && tokens[t - 1].IsPossessiveMark)
        {
            t--;
        }
        for (var skipped = 0; skipped <= PostWords && t > 0; skipped++)
        {
            if (PartyEndingAt(doc, t) is { } party)
            {
                return party;
            }
            var word = tokens[t - 1];
            // The word next to the name must be a post ("leader", "Sen."), and "Mr" only follows the party word itself
            // ("Tory Mr X"); words before a post may qualify it ("shadow home", "deputy").
            var nextToName = skipped == 0 || t == first;
            if (nextToName && IsHonorific(tokens, t - 1))
            {
                return t >= 2 && tokens[t - 1].Norm == "." ? PartyEndingAt(doc, t - 2) : PartyEndingAt(doc, t - 1);
            }
            // "Democratic U.S. Senator X", "Republican Texas Gov. X": a country or state may stand between party and post.
            if (!nextToName && PlaceNames.StartEndingAt(words, tokens, t, withCountries: true) is { } place)
            {
                t = place;
                continue;
            }
            // "the Ohio Republican told host Ana Varga": a verb ends the post's words, so the party is the speaker's.
            var post = nextToName ? IsTitleWord(tokens, t - 1) || CandidateNouns.Contains(word.Norm)
                : word.IsWord && (!word.IsCapitalized || word.Norm == "shadow" || IsTitleWord(tokens, t - 1) || IsPortfolio(tokens, t - 1, first)) && !IsSpokenVerb(word.Norm)
                    && !(!word.IsCapitalized && word.Norm.EndsWith("ed", StringComparison.Ordinal) && !ChoosingVerbs.Contains(word.Norm)); // "the Tories attacked home secretary X"
            if (!post)
            {
                return null;
            }
            t--;
        }
        return null;
    }

    /// <summary>"Ohio Democrats tapped Ana Varga": a party choosing the person as its candidate.</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? Chosen(Document doc, int first)
    {
        var tokens = doc.Tokens;
        if (first < 2 || !ChoosingVerbs.Contains(tokens[first - 1].Norm) || PartyEndingAt(doc, first - 1) is not { } party)
        {
            return null;
        }
        return tokens[party.End - 1].Norm.EndsWith('s') ? party : null; // "Democrats tapped", not "Republican-backed"
    }

    /// <summary>"X, a Maryland Democrat,", "X, the Conservative MP for Y,", "X, Labour MP for Y": a party word opens the apposition.</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? AppositionAfter(Document doc, int end)
    {
        var tokens = doc.Tokens;
        end = PostNominals.After(tokens, end); // "X MP, Labour's chief whip,"
        if (end + 1 >= tokens.Count || tokens[end].Norm != ",")
        {
            return null;
        }
        var t = end + 1;
        if (tokens[t].Norm == "for")
        {
            return SpeakingFor(tokens, tokens[t + 1].Norm == "the" ? t + 2 : t + 1); // "Oliver Letwin, for the Tories, said"
        }
        if (tokens[t].Norm is "a" or "an" or "the" or "fellow" or "another")
        {
            t++;
        }
        var opening = t;
        if (t + 2 < tokens.Count && tokens[t].IsWord && !tokens[t].IsCapitalized && tokens[t + 1].Norm == "'s")
        {
            t += 2; // "the committee's ranking Democrat"
        }
        while (t < tokens.Count && RankWords.Contains(tokens[t].Norm))
        {
            t++; // "the top Democrat on the committee"
        }
        if (t > opening && !ClosesBeforeVerb(tokens, t))
        {
            return null; // "Citing Ana Varga, a senior Republican in the campaign added": a clause, not an apposition
        }
        for (var place = 0; place <= 2 && t < tokens.Count; place++, t++)
        {
            if (words.Parties.Match(tokens, t, tokens.Count) is { } match)
            {
                var after = t + match.Length;
                // The party word names the person's side when a post or the clause's end follows: "a Democrat,", "the Tory MP".
                var closes = after >= tokens.Count || !tokens[after].IsWord || !tokens[after].IsCapitalized || words.RoleNouns.Contains(tokens[after].Norm);
                return closes && tokens[t].IsCapitalized ? (t, after, match.Value, false) : null;
            }
            if (!tokens[t].IsWord || !tokens[t].IsCapitalized)
            {
                return null; // only a place may stand before the party: "a Maryland Democrat"
            }
        }
        return null;
    }

    /// <summary>True when the words from <paramref name="start"/> reach the apposition's closing mark before any speech verb.</summary>
    private bool ClosesBeforeVerb(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Count && k < start + AppositionReach; k++)
        {
            if (tokens[k].Norm is "," or "." or ";" or ":" or "\u2014" or "(")
            {
                return true;
            }
            if (IsSpokenVerb(tokens[k].Norm) || tokens[k].Norm is "says" or "said")
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "For the Liberal Democrats, X said", "For the Tories, shadow home secretary X said": a clause opening on the
    /// party a person speaks for, then the name, maybe after a post.
    /// </summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? FrontedFor(Document doc, int first)
    {
        var tokens = doc.Tokens;
        var comma = first - 1;
        while (comma > 0 && first - comma <= PostWords && tokens[comma].IsWord && (!tokens[comma].IsCapitalized || IsTitleWord(tokens, comma) || IsHonorific(tokens, comma)))
        {
            comma--; // "shadow education secretary"
        }
        if (comma < first - 1 && !IsTitleWord(tokens, first - 1) && !IsHonorific(tokens, first - 1))
        {
            return null; // the word next to the name must be a post: "For the Tories, the defeat of X" is no tie
        }
        if (comma < 3 || tokens[comma].Norm != ",")
        {
            return null;
        }
        var start = doc.Sentences[doc.SentenceOf[comma]].FirstToken;
        var t = tokens[start].Norm is "but" or "and" ? start + 1 : start;
        if (tokens[t].Norm != "for")
        {
            return null;
        }
        t = tokens[t + 1].Norm == "the" ? t + 2 : t + 1;
        return SpeakingFor(tokens, t) is { } party && party.End == comma ? party : null;
    }

    /// <summary>"X, for the Liberal Democrats, said": the party a person speaks for, closed by a comma.</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? SpeakingFor(IReadOnlyList<Token> tokens, int t)
    {
        if (t >= tokens.Count || !tokens[t].IsCapitalized || words.Parties.Match(tokens, t, tokens.Count) is not { } party)
        {
            return null;
        }
        var after = t + party.Length;
        return after < tokens.Count && tokens[after].Norm == "," ? (t, after, party.Value, false) : null;
    }

    /// <summary>"a Democrat, Chris Murphy," and "Another Republican, Sen. Jeff Flake,": the party word before a comma and the name.</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? AppositionBefore(Document doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var t = first;
        while (t > 0 && IsTitleWord(tokens, t - 1) && first - t < PostWords)
        {
            t--;
        }
        if (t < 3 || tokens[t - 1].Norm != ",")
        {
            return null;
        }
        if (PartyEndingAt(doc, t - 1) is not { } party)
        {
            return NomineeBefore(doc, t - 1, end);
        }
        var k = party.First - 1;
        while (k >= 0 && party.First - k <= 2 && tokens[k].IsWord && tokens[k].IsCapitalized && tokens[k].Norm is not ("a" or "an" or "another"))
        {
            k--; // "a Texas Republican, X"
        }
        return k >= 0 && tokens[k].Norm is "a" or "an" or "another" or "fellow" ? party : null;
    }

    /// <summary>"Ana Varga and four other Ohio Republicans": the name joined to others of a party.</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? AmongOthers(Document doc, int end)
    {
        var tokens = doc.Tokens;
        if (end + 2 >= tokens.Count || tokens[end].Norm != "and")
        {
            return null;
        }
        var t = end + 1;
        while (t < end + 3 && t < tokens.Count && (tokens[t].Kind == TokenKind.Number || CountWords.Contains(tokens[t].Norm)))
        {
            t++;
        }
        if (t >= tokens.Count || tokens[t].Norm != "other")
        {
            return null;
        }
        for (var k = t + 1; k < Math.Min(tokens.Count, t + 4) && tokens[k].IsCapitalized; k++)
        {
            if (words.Parties.Match(tokens, k, tokens.Count) is { } party && tokens[k + party.Length - 1].Norm.EndsWith('s'))
            {
                return (k, k + party.Length, party.Value, false);
            }
        }
        return null;
    }

    /// <summary>"Republican Sens. Ana Varga and Tomas Brel": the second name shares the first one's plural title and party.</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? SharedTitle(ResolvedArticle article, int first)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        if (first < 3 || tokens[first - 1].Norm != "and" || article.EndingAt(first - 1) is not { Entity.Type: EntityType.Person } before)
        {
            return null;
        }
        var title = before.First > 0 && tokens[before.First - 1].Norm == "." ? before.First - 2 : before.First - 1;
        return title > 0 && PluralTitles.Contains(tokens[title].Norm.TrimEnd('.')) ? Before(doc, before.First) : null;
    }

    /// <summary>
    /// "the Republican nominee, Ana Varga.", "the Democratic incumbent, Tomas Brel, ran": a party word and a candidate's
    /// noun before the comma, and the name closing the apposition ("the Democratic bill, Ana Varga said" is no tie).
    /// </summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? NomineeBefore(Document doc, int comma, int end)
    {
        var tokens = doc.Tokens;
        var noun = comma - 1;
        if (noun < 2 || !(CandidateNouns.Contains(tokens[noun].Norm) || words.RoleNouns.Contains(tokens[noun].Norm)) || tokens[noun].IsCapitalized
            || (end < tokens.Count && tokens[end].Norm is not ("," or "." or "(" or ";")))
        {
            return null;
        }
        return PartyEndingAt(doc, noun) is { } party && party.First > 0 && tokens[party.First - 1].Norm is "the" or "a" or "an" or "another" or "fellow" ? party : null;
    }

    /// <summary>A party's full name or member word ending just before the token, written with a capital.</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? PartyEndingAt(Document doc, int end)
    {
        var tokens = doc.Tokens;
        for (var start = Math.Max(0, end - 3); start < end; start++)
        {
            if (tokens[start].IsCapitalized && words.Parties.Match(tokens, start, end) is { } match && start + match.Length == end
                && !(start > 0 && doc.SentenceOf[start - 1] == doc.SentenceOf[start] && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalized && words.Parties.Match(tokens, start - 1, end) is null && NameGoesOn(tokens, start - 1)))
            {
                return (start, end, match.Value, false);
            }
        }
        return null;
    }

    /// <summary>"Young Conservative": a capitalised word glued before the party word makes another name, not the party.</summary>
    private bool NameGoesOn(IReadOnlyList<Token> tokens, int index) =>
        !words.CountryWords.Match(tokens, index, index + 1).HasValue && !words.Places.Match(tokens, index, index + 1).HasValue && !words.NonNameWords.Contains(tokens[index].Norm);

    /// <summary>
    /// "Lib Dem Home Affairs spokesman X", "Tory Parliamentary hopeful X": a capitalised qualifier between the party
    /// word and a spokesperson or candidate.
    /// </summary>
    private static bool IsPortfolio(IReadOnlyList<Token> tokens, int index, int first) =>
        first > 0 && index < first - 1 && (tokens[first - 1].Norm is "spokesman" or "spokeswoman" or "spokesperson" || CandidateNouns.Contains(tokens[first - 1].Norm));

    /// <summary>"told", "said", "asked": a speech verb in the past, never a word of a post ("state senator").</summary>
    private bool IsSpokenVerb(string norm) =>
        words.SpeechVerbs.Contains(norm) && !words.RoleNouns.Contains(norm) && (norm.EndsWith("ed", StringComparison.Ordinal) || norm is "told" or "said" or "wrote" or "spoke");

    private bool IsHonorific(IReadOnlyList<Token> tokens, int index) =>
        words.Titles.Match(tokens, index, index + 1) is { Value.IsHonorific: true }
        || (index > 0 && tokens[index].Norm == "." && words.Titles.Match(tokens, index - 1, index + 1) is { Value.IsHonorific: true });

    private bool IsTitleWord(IReadOnlyList<Token> tokens, int index)
    {
        for (var start = Math.Max(0, index - 3); start <= index; start++)
        {
            if (words.Titles.Match(tokens, start, index + 1) is { } title && start + title.Length == index + 1)
            {
                return true;
            }
        }
        return words.RoleNouns.Contains(tokens[index].Norm) || PluralTitles.Contains(tokens[index].Norm.TrimEnd('.'));
    }

    private static EntityDraft PartyEntity(ResolvedArticle article, PartyInfo party, int first, int end, bool isTag)
    {
        var doc = article.Document;
        var entity = article.Get(EntityType.Organization, party.Name.ToLowerInvariant())
            ?? article.Add(new EntityDraft(EntityType.Organization, party.Name.ToLowerInvariant(), party.Name) { InCreditsOnly = false });
        var at = doc.Tokens[first];
        if (!isTag)
        {
            entity.AddSurface(doc.TextOf(first, end), at.Start, doc.Tokens[end - 1].End);
        }
        else if (entity.Spans.Count == 0)
        {
            entity.AddSurface(doc.Text.Substring(at.Start, 1), at.Start, at.Start + 1); // the tag's letter: "R" of "(R-Texas)"
        }
        return entity;
    }
}
