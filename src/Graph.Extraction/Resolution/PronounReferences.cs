using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Subject pronouns ("he said", "she wrote") go to the nearest fitting person before them: earlier in the sentence,
/// else the main subject of an earlier sentence of the body, never in captions or quotations.
/// </summary>
internal static class PronounReferences
{
    private const int SentencesBack = 5;

    /// <summary>Words that open a subordinate clause: its people are not the sentence's subject.</summary>
    private static readonly HashSet<string> Subordinators = ["although", "though", "while", "when", "after", "before", "as", "because", "since", "if", "despite", "unlike", "like", "once", "whereas", "until"];

    public static void Add(Document doc, ResolvedArticle article, IReadOnlySet<string> speechVerbs)
    {
        var bySentence = new List<Reference>[doc.Sentences.Count];
        for (var s = 0; s < bySentence.Length; s++)
        {
            bySentence[s] = [];
        }
        foreach (var r in article.References.Where(r => r.Entity.Type == EntityType.Person && !doc.InQuote(r.First)))
        {
            bySentence[doc.SentenceOf[r.First]].Add(r);
        }
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var gender = doc.Tokens[t].Norm switch { "he" => Gender.Male, "she" => Gender.Female, _ => Gender.Unknown };
                if (gender == Gender.Unknown || doc.InQuote(t))
                {
                    continue;
                }
                var antecedent = Antecedent(doc, bySentence, s, t, gender, speechVerbs);
                if (antecedent is not null)
                {
                    if (antecedent.Gender == Gender.Unknown)
                    {
                        antecedent.Gender = gender;
                    }
                    var reference = new Reference(t, t + 1, antecedent, IsName: false);
                    article.References.Add(reference);
                    var list = bySentence[s];
                    var at = list.FindIndex(r => r.First > t);
                    list.Insert(at < 0 ? list.Count : at, reference);
                }
            }
        }
    }

    private static EntityDraft? Antecedent(Document doc, List<Reference>[] bySentence, int s, int token, Gender gender, IReadOnlySet<string> speechVerbs)
    {
        // "she" looks first for a woman the article has shown to be one; most people in the news are then "he".
        if (gender == Gender.Female && Search(doc, bySentence, s, token, Gender.Female, knownOnly: true, speechVerbs) is { } woman)
        {
            return woman;
        }
        return Search(doc, bySentence, s, token, gender, knownOnly: false, speechVerbs);
    }

    private static EntityDraft? Search(Document doc, List<Reference>[] bySentence, int s, int token, Gender gender, bool knownOnly, IReadOnlySet<string> speechVerbs)
    {
        var here = bySentence[s].FirstOrDefault(r => r.First < token && Fits(r.Entity, gender, knownOnly));
        if (here is not null)
        {
            return here.Entity;
        }
        var block = doc.Sentences[s].Block;
        for (var back = s - 1; back >= 0 && back >= s - SentencesBack; back--)
        {
            var other = doc.Sentences[back];
            var kind = doc.Blocks[other.Block].Kind;
            if (other.Block != block && kind is not BlockKind.Body)
            {
                continue;
            }
            var found = ClosingReporter(doc, other, bySentence[back], gender, knownOnly, speechVerbs) ?? MainSubject(doc, other, bySentence[back], gender, knownOnly);
            if (found is not null)
            {
                return found.Entity;
            }
        }
        return null;
    }

    /// <summary>
    /// "Tomas Brel has failed the young, Ana Varga has said.": the person of a reporting clause closing the sentence
    /// is its subject, not the one spoken about.
    /// </summary>
    private static Reference? ClosingReporter(Document doc, Sentence sentence, List<Reference> people, Gender gender, bool knownOnly, IReadOnlySet<string> speechVerbs) =>
        people.FirstOrDefault(r => r.First > sentence.FirstToken && doc.Tokens[r.First - 1].Norm == "," && Fits(r.Entity, gender, knownOnly)
            && Enumerable.Range(r.End, Math.Max(0, Math.Min(sentence.EndToken, r.End + 2) - r.End)).Any(v => speechVerbs.Contains(doc.Tokens[v].Norm))
            && Enumerable.Range(r.End, Math.Max(0, sentence.EndToken - r.End)).All(t => !doc.InQuote(t)));

    /// <summary>
    /// The first fitting person of a sentence, after its opening subordinate clause if it has one: "While Brel courts
    /// Holm, Varga and Dahl, he snubs ..." has its subject in the pronoun after the clause, not in the clause's list.
    /// </summary>
    private static Reference? MainSubject(Document doc, Sentence sentence, List<Reference> people, Gender gender, bool knownOnly)
    {
        if (Subordinators.Contains(doc.Tokens[sentence.FirstToken].Norm))
        {
            var pronoun = people.FirstOrDefault(r => !r.IsName && r.First > sentence.FirstToken && doc.Tokens[r.First - 1].Norm == ","
                && doc.Tokens[r.First].Norm is "he" or "she" && Fits(r.Entity, gender, knownOnly));
            if (pronoun is not null)
            {
                return pronoun;
            }
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (doc.Tokens[t].Norm == ",")
                {
                    var main = people.FirstOrDefault(r => r.First > t && Fits(r.Entity, gender, knownOnly));
                    if (main is not null)
                    {
                        return main;
                    }
                    break;
                }
            }
        }
        return people.FirstOrDefault(r => Fits(r.Entity, gender, knownOnly));
    }

    private static bool Fits(EntityDraft person, Gender gender, bool knownOnly = false) =>
        person.Gender == gender || (!knownOnly && person.Gender == Gender.Unknown);
}
