using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>Finds who a reporting clause names: reporting verbs, their subjects, and the speakers a span refers to.</summary>
internal sealed class SpeakerLookup(WordLists words, ResolvedArticle article)
{
    /// <summary>Words that may stand between a subject and its verb: "Brandt later said", "Park had told".</summary>
    private static readonly HashSet<string> Adverbs =
        ["also", "later", "then", "meanwhile", "however", "has", "had", "have", "was", "is", "previously", "once", "again", "recently", "earlier", "further", "repeatedly", "reportedly", "just", "first", "initially", "separately", "himself", "herself", "privately", "publicly", "told", "would", "will", "has", "said"];

    /// <summary>Words before a name that make it an object, not the subject of a clause: "by Brel", "to Holm".</summary>
    private static readonly HashSet<string> Prepositions = ["by", "to", "with", "against", "at", "about", "from", "for", "of", "on", "toward", "towards", "between", "among"];

    /// <summary>Nouns that, after "the", stand for an institution the article named: "the ministry said", "the court wrote".</summary>
    private static readonly HashSet<string> InstitutionNouns =
        ["ministry", "department", "agency", "party", "institute", "commission", "committee", "council", "office", "bureau", "administration", "authority",
         "embassy", "foundation", "federation", "association", "union", "league", "alliance", "coalition", "court", "parliament", "assembly", "senate",
         "congress", "cabinet", "university", "company", "corporation", "bank", "army", "navy", "police"];

    /// <summary>Nouns for what someone said: "the words of Brel", "the remarks of the minister".</summary>
    private static readonly HashSet<string> WordsNouns = ["words", "remarks", "comments", "statement", "message", "advice", "warning"];

    private readonly Document doc = article.Document;

    /// <summary>Between the quote and the speaker only titles: "former New Jersey Governor Chris Christie, a ..., told".</summary>
    public bool OnlyTitlesBetween(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var token = doc.Tokens[t];
            if (!(token.IsCapitalized || token.Norm is "the" or "former" or "'s" || words.RoleNouns.Contains(token.Norm) || words.Titles.Match(doc.Tokens, t, to) is not null))
            {
                return false;
            }
        }
        return true;
    }

    public bool IsSpeechVerb(int token) =>
        !doc.InQuote(token) && words.SpeechVerbs.Contains(doc.Tokens[token].Norm) && !IsNoun(token) && !IsPassive(token);

    /// <summary>"was accused", "were told": the subject is not the one speaking.</summary>
    private bool IsPassive(int token) =>
        token > 0 && doc.Tokens[token - 1].Norm is "was" or "were" or "been" or "being" or "is" or "are" or "be"
        && doc.Tokens[token].Norm.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"a statement", "his remarks", "at one point": the verb list's words used as nouns are not reporting verbs.</summary>
    private bool IsNoun(int token) =>
        token > 0 && doc.Tokens[token - 1].Norm is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "our" or "one";

    /// <summary>The first person referred to in [first, end) outside quotations, else the first organisation.</summary>
    public Reference? FirstSpeaker(int first, int end) => First(first, end, subjectsOnly: false);

    /// <summary>
    /// As <see cref="FirstSpeaker"/>, passing over those named after a preposition: "A trader close to the Nordic
    /// Bank said", "In a letter to Brel, Varga wrote".
    /// </summary>
    public Reference? FirstSubject(int first, int end) => First(first, end, subjectsOnly: true);

    private Reference? First(int first, int end, bool subjectsOnly)
    {
        Reference? organization = null;
        var objectEnd = -1;
        foreach (var r in article.Within(first, end))
        {
            if (subjectsOnly && (IsNotSubject(r) || (objectEnd >= 0 && InListWith(objectEnd, r))))
            {
                objectEnd = r.End; // "images of Mr Brel, Mr Holm and others": the whole list is the object
                continue;
            }
            if (doc.InQuote(r.First) || IsModifier(r) || IsPossessor(r))
            {
                continue;
            }
            if (r.Entity.Type == EntityType.Person)
            {
                return r;
            }
            organization ??= r.Entity.Type == EntityType.Organization ? r : null;
        }
        return organization;
    }

    /// <summary>The speaker standing as the verb's subject: right before it, or before an apposition that ends at it.</summary>
    public Reference? SubjectOf(int first, int verb)
    {
        var tokens = doc.Tokens;
        if (verb > first && tokens[verb - 1].Norm == "," && OpeningPerson(first, verb) is { } opening)
        {
            return opening; // "Ana Varga MP, the party's spokesman on the Treasury, said": not the institution in the apposition
        }
        foreach (var r in article.Within(first, verb).Reverse())
        {
            if (doc.InQuote(r.First) || r.Entity.Type is not (EntityType.Person or EntityType.Organization))
            {
                continue;
            }
            var t = r.End;
            while (t < verb && Adverbs.Contains(tokens[t].Norm))
            {
                t++;
            }
            if (t == verb)
            {
                return IsNotSubject(r) ? null : r; // "a diplomat at the United Nations said": the unnamed diplomat speaks
            }
            if (tokens[t].Norm == "," && tokens[verb - 1].Norm == "," && r.First <= first + 1 && !IsObject(r))
            {
                return r; // "The Global Times, a tabloid ..., said"
            }
        }
        return null;
    }

    /// <summary>
    /// "it said": the organisation that was the subject of a reporting verb in the sentence before or the one before
    /// that ("The Nordic Institute, a think tank, says ... \"...,\" it wrote.").
    /// </summary>
    public Reference? ItSpeaker(int it)
    {
        var sentence = doc.SentenceOf[it];
        for (var s = sentence - 1; s >= 0 && s >= sentence - 2; s--)
        {
            var previous = doc.Sentences[s];
            for (var v = previous.FirstToken + 1; v < previous.EndToken; v++)
            {
                if (IsSpeechVerb(v) && SubjectOf(previous.FirstToken, v) is { Entity.Type: EntityType.Organization } subject)
                {
                    return subject;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "The ministry said", "the foreign ministry said": a definite description ending in an organisation's head noun,
    /// for an institution, right before the verb, names the last organisation mentioned before it whose name has that noun ("the Foreign
    /// Ministry of Nordland").
    /// </summary>
    public Reference? DescribedOrganization(int first, int verb)
    {
        var tokens = doc.Tokens;
        var head = verb - 1;
        if (head <= first || !InstitutionNouns.Contains(tokens[head].Norm) || doc.InQuote(head))
        {
            return null;
        }
        var the = head - 1;
        while (the > first && the >= head - 2 && tokens[the].Kind == TokenKind.Word && !tokens[the].IsCapitalized && tokens[the].Norm != "the")
        {
            the--;
        }
        if (tokens[the].Norm != "the" || article.Within(the, verb).Any())
        {
            return null;
        }
        var noun = tokens[head].Norm;
        return article.Within(0, the).LastOrDefault(r => r.Entity.Type == EntityType.Organization && !doc.InQuote(r.First)
            && Enumerable.Range(r.First, r.End - r.First).Any(t => tokens[t].Norm == noun)) is { } named
            ? named with { First = the, End = verb }
            : null;
    }

    /// <summary>
    /// The reference goes on a list begun at <paramref name="from"/>: only commas, "and", "or" and titles come between,
    /// and an "and" or "or" joins it ("Brel and President Varga", "Brel, Mr Holm and others"); a name between commas
    /// alone is an apposition ("the ambassador to Nordland, Ana Varga, said").
    /// </summary>
    private bool InListWith(int from, Reference r)
    {
        var joined = r.End < doc.Tokens.Count && doc.Tokens[r.End].Norm is "and" or "or";
        for (var t = from; t < r.First; t++)
        {
            if (doc.Tokens[t].Norm is "," or "and" or "or")
            {
                joined |= doc.Tokens[t].Norm != ",";
                continue;
            }
            if (words.Titles.Match(doc.Tokens, t, r.First) is not { } title)
            {
                return false;
            }
            t += title.Length - 1;
        }
        return joined;
    }

    /// <summary>
    /// The person, else the organisation, named in the clause's opening run of capitalised words: "The White House on
    /// Friday appeared to ...", "Senate Democratic Leader Ana Varga, for her part, ...".
    /// </summary>
    public Reference? OpeningSubject(int first, int end)
    {
        var run = first < end && doc.Tokens[first].Norm == "the" ? first + 1 : first;
        while (run < end && doc.Tokens[run].IsCapitalized)
        {
            run++;
        }
        var named = article.Within(first, run).Where(r => r.Entity.Type is EntityType.Person or EntityType.Organization && !doc.InQuote(r.First) && !IsPossessor(r)).ToList();
        return named.FirstOrDefault(r => r.Entity.Type == EntityType.Person) ?? named.FirstOrDefault();
    }

    /// <summary>
    /// The subject of the last clause before a participle: "she stopped short of saying ... after Brel cancelled it in a
    /// letter to Holm, citing": the last one named right before a verb in the past or a reporting verb.
    /// </summary>
    public Reference? NearestClauseSubject(int first, int end) =>
        article.Within(first, end).LastOrDefault(r => r.Entity.Type is EntityType.Person or EntityType.Organization && !doc.InQuote(r.First)
            && !IsNotSubject(r) && r.End < end && doc.Tokens[r.End] is { Kind: TokenKind.Word, IsCapitalized: false } next
            && (next.Norm.EndsWith("ed", StringComparison.Ordinal) || next.Norm is "has" or "had" || words.SpeechVerbs.Contains(next.Norm)));

    /// <summary>
    /// The one a relative clause before the verb speaks of: "criticised by Brel, who called it", "Holm, who has long
    /// said". A "who" with nobody named right before it ("spoke with a trader who said") gives a reference with no
    /// entity: the speaker is unnamed. Null when the verb opens no relative clause or follows an organisation's name.
    /// </summary>
    public (EntityDraft? Entity, int First)? RelativeClauseSubject(int first, int verb)
    {
        var who = verb - 1;
        while (who > first && (Adverbs.Contains(doc.Tokens[who].Norm) || doc.Tokens[who].Norm == "long"))
        {
            who--;
        }
        if (who <= first || doc.Tokens[who].Norm != "who")
        {
            return null;
        }
        var named = RefEndingAt(who) ?? (doc.Tokens[who - 1].Norm == "," ? RefEndingAt(who - 1) : null);
        return named is null ? (null, who) : named.Entity.Type == EntityType.Person ? (named.Entity, named.First) : null;
    }

    /// <summary>A person opening the clause and set off by a comma, after at most two capitalised post-nominals ("MP", "QC").</summary>
    private Reference? OpeningPerson(int first, int verb)
    {
        var person = article.Within(first, Math.Min(verb, first + 2)).FirstOrDefault(r => r.Entity.Type == EntityType.Person && r.IsName && !doc.InQuote(r.First));
        if (person is null)
        {
            return null;
        }
        var t = person.End;
        while (t < verb && t < person.End + 2 && doc.Tokens[t].IsCapitalized && article.At(t) is null)
        {
            t++;
        }
        return t < verb - 1 && doc.Tokens[t].Norm == "," ? person : null;
    }

    /// <summary>"... by Brel, adding", "at the United Nations said": a name right after a preposition is not the subject of the verb after it.</summary>
    public bool IsObject(Reference r) => PrepositionBefore(r) is not null;

    /// <summary>
    /// Named after a preposition and so not the one speaking, unless the preposition gives the source ("a statement
    /// from the ministry said", "the words of Ana Varga ring true:") or the name governs a participle ("with Ana Varga
    /// marching up to him, saying").
    /// </summary>
    private bool IsNotSubject(Reference r) =>
        PrepositionBefore(r) is { } preposition && preposition != "from" && !OpensRelativeClause(r) && !IsAgent(r, preposition)
        && !(preposition == "with" && r.End < doc.Tokens.Count && doc.Tokens[r.End].Norm.EndsWith("ing", StringComparison.Ordinal))
        && !(preposition == "of" && r.First > 1 && WordsNouns.Contains(doc.Tokens[r.First - 2].Norm));

    /// <summary>"The statement issued by the Nordic Institute said:", "a report published by Ana Varga says": the author of the words.</summary>
    private bool IsAgent(Reference r, string preposition)
    {
        var by = r.First - 1;
        while (by > 0 && doc.Tokens[by].Norm != "by" && by >= r.First - 3)
        {
            by--;
        }
        return preposition == "by" && by > 0 && doc.Tokens[by].Norm == "by" && doc.Tokens[by - 1] is { Kind: TokenKind.Word, IsCapitalized: false } participle
            && participle.Norm.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>"... with Ana Varga, who declared that ...": the name is the subject of the relative clause after it.</summary>
    private bool OpensRelativeClause(Reference r)
    {
        var t = r.End < doc.Tokens.Count && doc.Tokens[r.End].Norm == "," ? r.End + 1 : r.End;
        return t < doc.Tokens.Count && doc.Tokens[t].Norm == "who";
    }

    private string? PrepositionBefore(Reference r)
    {
        var before = r.First - 1;
        for (var start = r.First - 1; start >= 0 && start >= r.First - 4; start--)
        {
            if (words.Titles.Match(doc.Tokens, start, r.First) is { } title && start + title.Length == r.First)
            {
                before = start - 1; // "for Mr Brel", "between President Tomas Brel and"
                break;
            }
        }
        if (before > 0 && doc.Tokens[before].Norm == "the")
        {
            before--;
        }
        if (before < 0 || !Prepositions.Contains(doc.Tokens[before].Norm))
        {
            return null;
        }
        // "Superintendent of Public Instruction Ana Varga", "High Commissioner for Human Rights Ana Varga": an "of" or "for"
        // inside a capitalised title is no preposition of the clause.
        return doc.Tokens[before].Norm is "of" or "for" && before > 0 && doc.Tokens[before - 1].IsCapitalized ? null : doc.Tokens[before].Norm;
    }

    /// <summary>"Brandt's comments, including Senator Haas, who said", "Holms' lawyer said": the owner is not the one speaking.</summary>
    private bool IsPossessor(Reference r) => r.End < doc.Tokens.Count && doc.Tokens[r.End].Norm is "'s" or "'" && doc.Tokens[r.End].Start == doc.Tokens[r.End - 1].End;

    /// <summary>"a Brandt adviser said": a name used to describe an unnamed speaker.</summary>
    private bool IsModifier(Reference r)
    {
        var tokens = doc.Tokens;
        return r.End + 1 < tokens.Count && words.RoleNouns.Contains(tokens[r.End].Norm) && !tokens[r.End + 1].IsCapitalized;
    }

    public Reference? RefEndingAt(int end) => article.Within(Math.Max(0, end - 6), end).LastOrDefault(r => r.End == end);

    /// <summary>The last person set off by commas before the verb: "..., Sam Haas, U.S. ambassador at large, said".</summary>
    public Reference? AppositionSubject(int first, int verb)
    {
        var tokens = doc.Tokens;
        return article.Within(first, verb).LastOrDefault(r => r.Entity.Type == EntityType.Person && !doc.InQuote(r.First) && r.First > first
            && tokens[r.First - 1].Norm == "," && r.End < verb && tokens[r.End].Norm == ",");
    }
}
