using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>Finds who a reporting clause names: reporting verbs, their subjects, and the speakers a span refers to.</summary>
internal sealed class SpeakerLookup(WordLists words, ResolvedArticle article)
{
    /// <summary>Words that may stand between a subject and its verb: "Brandt later said", "Park had told".</summary>
    public static readonly HashSet<string> Adverbs =
        ["also", "later", "then", "meanwhile", "however", "has", "had", "have", "was", "is", "previously", "once", "again", "recently", "earlier", "further", "repeatedly", "reportedly", "just", "first", "initially", "separately", "himself", "herself", "privately", "publicly", "told", "would", "will", "said"];

    private readonly Document doc = article.Document;
    private readonly NameRoles roles = new(words, article.Document);

    public bool IsSpeechVerb(int token) =>
        !doc.InQuote(token) && words.SpeechVerbs.Contains(doc.Tokens[token].Norm) && !IsNoun(token) && !IsPassive(token);

    /// <summary>"was accused", "were told": the subject is not the one speaking.</summary>
    public bool IsPassive(int token) =>
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
            if (subjectsOnly && (roles.IsNotSubject(r) || (objectEnd >= 0 && roles.InListWith(objectEnd, r))))
            {
                objectEnd = r.End; // "images of Mr Brel, Mr Holm and others": the whole list is the object
                continue;
            }
            if (doc.InQuote(r.First) || roles.IsModifier(r) || roles.IsPossessor(r))
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
                return roles.IsNotSubject(r) ? null : r; // "a diplomat at the United Nations said": the unnamed diplomat speaks
            }
            if (tokens[t].Norm == "," && tokens[verb - 1].Norm == "," && r.First <= first + 1 && !roles.IsObject(r))
            {
                return r; // "The Global Times, a tabloid ..., said"
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

    /// <summary>The last person set off by commas before the verb: "..., Sam Haas, U.S. ambassador at large, said".</summary>
    public Reference? AppositionSubject(int first, int verb)
    {
        var tokens = doc.Tokens;
        return article.Within(first, verb).LastOrDefault(r => r.Entity.Type == EntityType.Person && !doc.InQuote(r.First) && r.First > first
            && tokens[r.First - 1].Norm == "," && r.End < verb && tokens[r.End].Norm == ",");
    }

    public Reference? RefEndingAt(int end) => article.Within(Math.Max(0, end - 6), end).LastOrDefault(r => r.End == end);
}
