using System.Text.RegularExpressions;
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
internal sealed partial class PartyFinder(WordLists words)
{
    private const int PostWords = 3;
    private const int OwnPartyReach = 8;
    private const int PartySentencesBack = 3;

    private static readonly HashSet<string> CountWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "a", "few", "dozens", "of"];

    /// <summary>Titles of several people at once: "Sens. Ana Varga and Tomas Brel".</summary>
    private static readonly HashSet<string> PluralTitles = ["sens", "reps", "senators", "representatives", "mps", "meps", "lawmakers", "congressmen", "governors", "govs"];

    /// <summary>Nouns for a party's candidate or seat holder: "the Republican nominee, X".</summary>
    private static readonly HashSet<string> CandidateNouns = ["nominee", "incumbent", "candidate", "challenger", "favorite", "favourite", "hopeful", "frontrunner", "front-runner", "contender"];

    /// <summary>Verbs that may follow "his Liberal Democrats": the party acts, so it is the subject's own.</summary>
    private static readonly HashSet<string> PartyVerbs = ["will", "would", "could", "can", "should", "must", "are", "were", "have", "had", "has", "is", "was", "may", "might"];

    public IEnumerable<RelationDraft> Find(ResolvedArticle article)
    {
        var doc = article.Document;
        var found = new List<RelationDraft>();
        foreach (var person in article.References.Where(r => r.IsName && r.Entity.Type == EntityType.Person && !doc.InQuote(r.First)).ToList())
        {
            var sentence = doc.SentenceOf[person.First];
            var tie = Before(doc, person.First) ?? AppositionAfter(doc, person.End) ?? AppositionBefore(doc, person.First, person.End) ?? Tag(doc, person.First, person.End)
                ?? OwnParty(article, person.End) ?? AmongOthers(doc, person.End) ?? SharedTitle(article, person.First);
            if (tie is { } party && doc.SentenceOf[party.First] == sentence)
            {
                var entity = PartyEntity(article, party.Info, party.First, party.End, party.IsTag);
                found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, entity, null, null, sentence));
            }
            else if (NamedBefore(article, person.End) is { } earlier)
            {
                var entity = PartyEntity(article, earlier.Info, earlier.First, earlier.End, earlier.IsTag);
                found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, entity, null, null, sentence));
            }
        }
        return found;
    }

    /// <summary>"Conservative Oliver Letwin", "Tory shadow chancellor X", "Republican Sen. X", "the Lib Dems' X".</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? Before(Document doc, int first)
    {
        var tokens = doc.Tokens;
        var t = first;
        if (t > 0 && tokens[t - 1].Norm is "'s" or "'" or "\u2019")
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
            var post = nextToName ? IsTitleWord(tokens, t - 1) : word.IsWord && (!word.IsCapitalized || IsTitleWord(tokens, t - 1));
            if (!post)
            {
                return null;
            }
            t--;
        }
        return null;
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
        if (tokens[t].Norm is "a" or "an" or "the" or "fellow" or "another")
        {
            t++;
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

    /// <summary>
    /// "Ana Varga has told voters her Liberal Democrats will ...": the subject's own party, before any other person,
    /// and followed by its verb ("her Labour rivals" are the other side).
    /// </summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? OwnParty(ResolvedArticle article, int end)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var sentence = doc.Sentences[doc.SentenceOf[end - 1]];
        for (var t = end; t + 1 < sentence.EndToken && t < end + OwnPartyReach; t++)
        {
            if (article.At(t) is { Entity.Type: EntityType.Person } || doc.InQuote(t) || tokens[t].Norm is "\"" or "\u201c" or ";" or ":")
            {
                return null;
            }
            if (tokens[t].Norm is not ("his" or "her") || !tokens[t + 1].IsCapitalized || words.Parties.Match(tokens, t + 1, sentence.EndToken) is not { } party)
            {
                continue;
            }
            var after = t + 1 + party.Length;
            return after < sentence.EndToken && (!tokens[after].IsWord || PartyVerbs.Contains(tokens[after].Norm)) ? (t + 1, after, party.Value, false) : null;
        }
        return null;
    }

    /// <summary>"X, the party's Treasury spokesman,": the party named last before it, a few sentences back at most.</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? NamedBefore(ResolvedArticle article, int end)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var at = ThePartys(doc, end);
        if (at == 0)
        {
            return null;
        }
        var named = article.References.LastOrDefault(r => r.End <= end && r.Entity.Type == EntityType.Organization && tokens[r.First].IsCapitalized
            && words.Parties.Match(tokens, r.First, r.End) is { } m && r.First + m.Length == r.End);
        if (named is null || doc.SentenceOf[named.First] < doc.SentenceOf[at] - PartySentencesBack)
        {
            return null;
        }
        return (named.First, named.End, words.Parties.Match(tokens, named.First, named.End)!.Value.Value, false);
    }

    /// <summary>The index of "party" in ", the party's" (or "his party's") right after a name, or 0.</summary>
    private static int ThePartys(Document doc, int end)
    {
        var tokens = doc.Tokens;
        var t = PostNominals.After(tokens, end);
        return t + 3 < tokens.Count && tokens[t].Norm == "," && tokens[t + 1].Norm is "the" or "his" or "her" && tokens[t + 2].Norm == "party" && tokens[t + 3].Norm == "'s"
            ? t + 2
            : 0;
    }

    /// <summary>
    /// "Ted Cruz (R-Texas)", "Adam Schiff, D-Calif.,", "Sen. Angus King (I)"; a bare "(R)" only after a lawmaker's title or
    /// before "of Utah", since "(R)" and "(L)" also place people in a photo.
    /// </summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? Tag(Document doc, int first, int end)
    {
        var tokens = doc.Tokens;
        if (end + 1 >= tokens.Count || tokens[end].Norm is not ("(" or ","))
        {
            return null;
        }
        var open = tokens[end];
        var length = Math.Min(doc.Text.Length - open.End, 24);
        var tag = tokens[end].Norm == "(" ? TagPattern().Match(doc.Text, open.End, length) : CommaTagPattern().Match(doc.Text, open.End, length);
        if (!tag.Success && tokens[end].Norm == "(" && BareTagPattern().Match(doc.Text, open.End, length) is { Success: true } bare
            && (bare.Groups[2].Success || LawmakerTitleBefore(tokens, first)))
        {
            tag = bare;
        }
        if (!tag.Success)
        {
            return null;
        }
        var party = words.Tagged.FirstOrDefault(p => p.Letter == tag.Groups[1].Value);
        return party is null ? null : (end + 1, end + 2, party, true);
    }

    /// <summary>"Sen.", "Governor", "Attorney General" before the name: a title that is no honorific and no head of state's.</summary>
    private bool LawmakerTitleBefore(IReadOnlyList<Token> tokens, int first)
    {
        for (var start = Math.Max(0, first - 3); start < first; start++)
        {
            if (words.Titles.Match(tokens, start, first) is { } title && start + title.Length == first)
            {
                return !title.Value.IsLeader && !title.Value.IsHonorific;
            }
        }
        return false;
    }

    /// <summary>A party's full name or member word ending just before the token, written with a capital.</summary>
    private (int First, int End, PartyInfo Info, bool IsTag)? PartyEndingAt(Document doc, int end)
    {
        var tokens = doc.Tokens;
        for (var start = Math.Max(0, end - 3); start < end; start++)
        {
            if (tokens[start].IsCapitalized && words.Parties.Match(tokens, start, end) is { } match && start + match.Length == end
                && !(start > 0 && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalized && words.Parties.Match(tokens, start - 1, end) is null && NameGoesOn(tokens, start - 1)))
            {
                return (start, end, match.Value, false);
            }
        }
        return null;
    }

    /// <summary>"Young Conservative": a capitalised word glued before the party word makes another name, not the party.</summary>
    private bool NameGoesOn(IReadOnlyList<Token> tokens, int index) =>
        !words.CountryWords.Match(tokens, index, index + 1).HasValue && !words.Places.Match(tokens, index, index + 1).HasValue && !words.NonNameWords.Contains(tokens[index].Norm);

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
        return words.RoleNouns.Contains(tokens[index].Norm);
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

    [GeneratedRegex(@"\G\s*([RDI])\s*[-\u2013,]\s*[A-Z][A-Za-z.\s]{0,16}\)")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\G\s*([RD])-[A-Z][A-Za-z.]{1,14}(?=[,.;)]|\s)")]
    private static partial Regex CommaTagPattern();

    [GeneratedRegex(@"\G\s*([RDI])\)(\s+of\s+[A-Z])?")]
    private static partial Regex BareTagPattern();
}
