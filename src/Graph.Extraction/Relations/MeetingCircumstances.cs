using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// What the words around a meeting cue say about it: refused ("did not meet"), not in person (a phone call, a letter),
/// only wondered about ("unclear whether"), or planned ("will", "scheduled", "called off") rather than held.
/// </summary>
internal sealed class MeetingCircumstances(WordLists words)
{
    private const int MarkerReach = 8;

    private static readonly HashSet<string> Negations = ["not", "never", "n't", "didn't", "won't", "wouldn't", "no", "without", "refused", "declined"];

    private static readonly HashSet<string> NotInPerson = ["phone", "telephone", "call", "letter", "message", "video", "virtual", "tweet", "email"];

    /// <summary>"touched down in Seoul to meet with Dahl": a journey told in the past makes the meeting it served a held one.</summary>
    private static readonly HashSet<string> Journeys = ["arrived", "traveled", "travelled", "flew", "went", "came", "touched", "headed", "returned", "landed", "visited", "stopped", "sat", "walked", "drove", "crossed", "stepped", "rode"];

    public static bool IsNegated(Document doc, Sentence sentence, int cue)
    {
        for (var t = Math.Max(sentence.FirstToken, cue - 3); t < cue; t++)
        {
            if (Negations.Contains(doc.Tokens[t].Norm) || doc.Tokens[t].Norm.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"It was unclear whether he would stop to meet ...": a meeting wondered about is not planned.</summary>
    public static bool IsSpeculation(Document doc, Sentence sentence, int cue)
    {
        for (var t = Math.Max(sentence.FirstToken, cue - MarkerReach); t < cue; t++)
        {
            if (doc.Tokens[t].Norm is "whether" or "unclear" or "uncertain" or "speculation" or "rumors" or "rumours")
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsRemote(Document doc, Sentence sentence, int cue, int length)
    {
        for (var t = Math.Max(sentence.FirstToken, cue - 4); t < Math.Min(sentence.EndToken, cue + length + 2); t++)
        {
            if (NotInPerson.Contains(doc.Tokens[t].Norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A meeting verb in the past tense: "met", "hosted", "sat down with".</summary>
    private static readonly HashSet<string> PastForms = ["met", "visited", "hosted", "received", "greeted", "embraced", "welcomed", "conferred", "sat", "shook"];

    private static readonly HashSet<string> Modals = ["will", "would", "could", "might", "may", "should", "shall", "must", "'ll", "to"];

    /// <summary>
    /// "Park, who met Dahl in June, said he would see him again": a meeting verb in the past tense tells of a held
    /// meeting whatever plans the words around it make, unless a modal governs it ("would have met").
    /// </summary>
    public static bool IsPast(Document doc, Sentence sentence, int cue)
    {
        if (!PastForms.Contains(doc.Tokens[cue].Norm))
        {
            return false;
        }
        for (var t = Math.Max(sentence.FirstToken, cue - 2); t < cue; t++)
        {
            if (Modals.Contains(doc.Tokens[t].Norm))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"may go ahead": the modal, written in lower case, since "met in May" names the month.</summary>
    private static bool IsModalMay(Token token) => token.Norm == "may" && !token.IsCapitalized;

    public bool IsPlanned(Document doc, Sentence sentence, int cue, int length)
    {
        // "arrived at the White House shortly before 2:30 p.m. to meet with ...": a past journey anywhere before the cue.
        var journey = false;
        for (var t = sentence.FirstToken; t < Math.Max(sentence.FirstToken, cue - MarkerReach); t++)
        {
            journey |= Journeys.Contains(doc.Tokens[t].Norm);
        }
        var planned = false;
        for (var t = Math.Max(sentence.FirstToken, cue - MarkerReach); t < cue + length; t++)
        {
            var norm = doc.Tokens[t].Norm;
            journey |= Journeys.Contains(norm);
            if (norm == "to")
            {
                // "to meet", "to hold a summit", "to hold a second summit": an infinitive right before the cue; "a visit to
                // Tokyo" is not one.
                var reach = HoldingVerbs.Contains(doc.Tokens[t + 1].Norm) ? 5 : 3;
                if (cue - t <= reach && doc.Tokens[t + 1].Norm is not ("the" or "a" or "an"))
                {
                    planned |= !journey;
                }
                continue;
            }
            planned |= words.PlannedMarkers.Contains(norm) || IsModalMay(doc.Tokens[t]) || IsSetFor(doc, sentence, t)
                || (doc.Tokens[cue].Norm is "meet" or "meets" && norm is "when" or "once" or "if" or "until" or "unless"); // "when Park and Dahl meet"
        }
        // "a summit between the two could go ahead": a modal soon after the cue.
        var past = PastForms.Contains(doc.Tokens[cue].Norm);
        for (var t = cue + length; t < Math.Min(sentence.EndToken, cue + length + 10) && !planned; t++)
        {
            planned |= doc.Tokens[t].Norm is "will" or "would" or "could" or "might" or "'ll" or "shall" or "planned" or "scheduled" or "slated" or "expected" || IsModalMay(doc.Tokens[t])
                || CalledOff.Contains(doc.Tokens[t].Norm) || (doc.Tokens[t].Norm == "called" && t + 1 < sentence.EndToken && doc.Tokens[t + 1].Norm == "off")
                || IsSetFor(doc, sentence, t) // "the summit is set for June 12"
                || (!past && IsFutureTime(doc, sentence, t)); // "meets with Dahl in Riga next month"
        }
        return planned;
    }

    /// <summary>"the talks were cancelled": a meeting called off after the cue counts as planned.</summary>
    private static readonly HashSet<string> CalledOff = ["cancelled", "canceled", "scrapped", "postponed", "delayed", "shelved"];

    /// <summary>Words naming a stretch of time after "next": "next month", "next Friday".</summary>
    private static readonly HashSet<string> Periods =
        ["week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>"next month", "next Friday", "tomorrow": a time still to come.</summary>
    private static bool IsFutureTime(Document doc, Sentence sentence, int t) =>
        doc.Tokens[t].Norm == "tomorrow" || (doc.Tokens[t].Norm == "next" && t + 1 < sentence.EndToken && Periods.Contains(doc.Tokens[t + 1].Norm));

    /// <summary>Verbs whose infinitive may stand a few words before a meeting noun: "to hold a second summit".</summary>
    private static readonly HashSet<string> HoldingVerbs = ["hold", "host", "have", "attend", "arrange", "organize", "organise"];

    /// <summary>"is set to meet", "the summit is set for June 12".</summary>
    private static bool IsSetFor(Document doc, Sentence sentence, int t) =>
        doc.Tokens[t].Norm == "set" && t + 1 < sentence.EndToken && doc.Tokens[t + 1].Norm is "for" or "to";
}
