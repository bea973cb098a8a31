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
    private static readonly HashSet<string> Prepositions = ["by", "to", "with", "against", "at", "about", "from", "for", "of", "on", "toward", "towards"];

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

    /// <summary>"a statement", "his remarks": the verb list's words used as nouns are not reporting verbs.</summary>
    private bool IsNoun(int token) =>
        token > 0 && doc.Tokens[token - 1].Norm is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "our";

    /// <summary>The first person referred to in [first, end) outside quotations, else the first organisation.</summary>
    public Reference? FirstSpeaker(int first, int end)
    {
        Reference? organization = null;
        foreach (var r in article.Within(first, end))
        {
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
                return r;
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

    /// <summary>"... by Brel, adding": a name right after a preposition is not the subject of the verb after it.</summary>
    public bool IsObject(Reference r) => r.First > 0 && Prepositions.Contains(doc.Tokens[r.First - 1].Norm);

    /// <summary>"Brandt's comments, including Senator Haas, who said": the owner is not the one speaking.</summary>
    private bool IsPossessor(Reference r) => r.End < doc.Tokens.Count && doc.Tokens[r.End].Norm == "'s";

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
