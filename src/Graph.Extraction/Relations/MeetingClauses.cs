using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// How the clause around a meeting cue names the people in it: the words that lead from the cue to the other person,
/// a list of people met, a subject joined by "and", a name fronting the sentence, a subject after an opening phrase,
/// and "host" as a noun.
/// </summary>
internal sealed class MeetingClauses(WordLists words)
{
    /// <summary>Words that may stand between a meeting verb and the other person: "met with South Korean President Dahl".</summary>
    private static readonly HashSet<string> ObjectLeadIn = ["with", "between", "the", "'s", "his", "her", "their", "its"];

    /// <summary>Days and months, in lower case.</summary>
    public static readonly HashSet<string> CalendarWords =
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Words opening a phrase set before a sentence's subject: "Besides Park and Dahl, members met with Brel".</summary>
    private static readonly HashSet<string> FrontingWords =
        ["besides", "except", "like", "unlike", "for", "with", "without", "beyond", "apart", "aside", "along", "despite", "including", "as", "among"];

    /// <summary>
    /// "Besides Park and Dahl, members met with Brel": a name inside a phrase that opens the sentence, closed by the one
    /// comma between it and the verb, is not the one meeting.
    /// </summary>
    public static bool IsFronted(IReadOnlyList<Token> tokens, Sentence sentence, int end, int cue) =>
        FrontingWords.Contains(tokens[sentence.FirstToken].Norm) && Enumerable.Range(end, cue - end).Count(t => tokens[t].Norm == ",") == 1;

    /// <summary>"the late-night hosts X", "SiriusXM hosts X": "host" as a noun, not a person hosting anyone.</summary>
    public static bool IsHostNoun(ResolvedArticle article, IReadOnlyList<Token> tokens, Sentence sentence, int cue)
    {
        if (tokens[cue].Norm is not ("host" or "hosts") || cue == sentence.FirstToken)
        {
            return false;
        }
        var before = tokens[cue - 1];
        var determiner = (Token t) => t.Norm is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our";
        return determiner(before) || (cue - 2 >= sentence.FirstToken && determiner(tokens[cue - 2]))
            || (before.IsCapitalized && article.EndingAt(cue) is not { Entity.Type: EntityType.Person });
    }

    /// <summary>"In a meeting with", "During their talks with": only lower-case function words stand before the meeting noun.</summary>
    public static bool OpensSentence(IReadOnlyList<Token> tokens, Sentence sentence, int cue) =>
        cue - sentence.FirstToken is > 0 and <= 3
        && Enumerable.Range(sentence.FirstToken, cue - sentence.FirstToken).All(t => tokens[t].Norm is "in" or "during" or "at" or "after" or "before" or "ahead" or "of"
            or "a" or "an" or "the" or "their" or "his" or "her" or "its");

    /// <summary>"After meeting", "before meeting" at the start of the sentence or after a comma.</summary>
    public static bool IsOpeningGerund(IReadOnlyList<Token> tokens, Sentence sentence, int cue) =>
        tokens[cue].Norm == "meeting" && cue > sentence.FirstToken && tokens[cue - 1].Norm is "after" or "before" or "since" or "while" or "when" or "upon"
        && (cue - 1 == sentence.FirstToken || tokens[cue - 2].Norm == ",");

    /// <summary>"After meeting Dahl in Riga, Park flew home": the name opening the main clause after the comma.</summary>
    public static Reference? SubjectAfterClause(IReadOnlyList<Token> tokens, Sentence sentence, List<Reference> persons, Reference met)
    {
        for (var t = met.End; t < sentence.EndToken; t++)
        {
            if (tokens[t].Norm == ",")
            {
                return persons.FirstOrDefault(p => p.IsName && p.First > t && p.First <= t + 3 && p.Entity != met.Entity);
            }
        }
        return null;
    }

    /// <summary>Words that may follow the last name of a list of people met: "met Dahl and Brel on Monday", not "met Dahl and Brel said".</summary>
    private static readonly HashSet<string> AfterList =
        [".", ",", ";", ":", ")", "on", "in", "at", "during", "for", "last", "this", "next", "later", "soon", "early", "late", "earlier", "yesterday", "today", "to", "after", "before",
         "while", "when", "who", "as", "amid", "since", "over", "about", "and", "separately", "together", "privately", "briefly", "again"];

    /// <summary>
    /// The further people of a list that opens with <paramref name="first"/>: "Dahl, Brel and Park" or "Dahl and Brel".
    /// The list must close with "and" and end where a clause may end, or it is none.
    /// </summary>
    public List<Reference> ListedAfter(Document doc, Sentence sentence, List<Reference> persons, Reference first)
    {
        var tokens = doc.Tokens;
        var listed = new List<Reference>();
        var last = first;
        while (last.End < sentence.EndToken && tokens[last.End].Norm is "," or "and")
        {
            var from = tokens[last.End].Norm == "," && last.End + 1 < sentence.EndToken && tokens[last.End + 1].Norm == "and" ? last.End + 2 : last.End + 1;
            var next = persons.FirstOrDefault(p => p.First >= from && p.First <= from + 4 && p.IsName && LeadsTo(doc, from, p.First));
            if (next is null || (next.End < sentence.EndToken && tokens[next.End].Norm == "'s"))
            {
                break;
            }
            listed.Add(next);
            last = next;
            if (tokens[from - 1].Norm == "and")
            {
                var closes = last.End >= sentence.EndToken || AfterList.Contains(tokens[last.End].Norm) || CalendarWords.Contains(tokens[last.End].Norm);
                return closes ? listed : [];
            }
        }
        return [];
    }

    /// <summary>"Park and Brandt met with Dahl": the person joined by "and" just before the subject.</summary>
    public static EntityDraft? JoinedTo(Document doc, List<Reference> persons, Reference subject)
    {
        var tokens = doc.Tokens;
        return subject.First >= 2 && tokens[subject.First - 1].Norm == "and"
            && persons.LastOrDefault(p => p.End == subject.First - 1) is { IsName: true } partner && partner.Entity != subject.Entity
            && !(partner.First > 0 && tokens[partner.First - 1].Norm is "," or "between" or "with")
                ? partner.Entity
                : null;
    }

    /// <summary>Only "with", articles and the other person's titles stand between the cue and the name.</summary>
    public bool LeadsTo(Document doc, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var token = doc.Tokens[t];
            // "to meet with his US counterpart, J.R. Holm": a comma may set the name off after a role.
            var apposition = token.Norm == "," && t == to - 1 && t > from && (words.RoleNouns.Contains(doc.Tokens[t - 1].Norm) || doc.Tokens[t - 1].Norm is "counterpart" or "counterparts");
            if (!(token.IsCapitalized || apposition || ObjectLeadIn.Contains(token.Norm) || words.Titles.Match(doc.Tokens, t, to) is not null || words.RoleNouns.Contains(token.Norm)
                  || token.Norm is "counterpart" or "counterparts"))
            {
                return false;
            }
        }
        return true;
    }
}
