using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// "Sen. Ana Varga, D-Ohio, ... the Ohio Democrat said": a description made of capitalised words (a state, a party) and
/// a post or party noun, optionally "former", is the one person named before whom the article gave all those words,
/// written just before the name or in the apposition right after it.
/// </summary>
internal static class GivenWordDescriptions
{
    private const int WordsBefore = 4;
    private const int WordsAfter = 5;

    /// <summary>How near the start of the sentence before the person a second reference takes up is named.</summary>
    private const int OpeningWords = 4;

    /// <summary>The nouns such a description ends with, each with the words that give it before a name.</summary>
    private static readonly Dictionary<string, string[]> Nouns = new(StringComparer.Ordinal)
    {
        ["republican"] = ["republican", "r", "gop"],
        ["democrat"] = ["democrat", "democratic", "d"],
        ["senator"] = ["senator", "sen"],
        ["governor"] = ["governor", "gov"],
        ["congressman"] = ["congressman", "rep", "representative"],
        ["congresswoman"] = ["congresswoman", "rep", "representative"],
        ["lawmaker"] = ["lawmaker", "sen", "senator", "rep", "representative", "congressman", "congresswoman"],
    };

    public static void Add(Document doc, ResolvedArticle article, IReadOnlySet<string> speechVerbs)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Norm != "the" || doc.InQuote(i) || article.At(i + 1) is { Entity.Type: EntityType.Person })
            {
                continue;
            }
            var first = tokens[i + 1].Norm == "former" ? i + 2 : i + 1;
            var end = first;
            while (end < tokens.Count && end < first + 3 && tokens[end].IsCapitalized && tokens[end].IsWord && !Nouns.ContainsKey(tokens[end].Norm))
            {
                end++;
            }
            if (end >= tokens.Count || !Nouns.TryGetValue(tokens[end].Norm, out var nounWords) || (end == first && first == i + 1)
                || (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].IsWord))
            {
                continue; // "the Ohio Democrat Ana Varga" is a title before a name; "the Democrat" alone says too little
            }
            var wanted = Enumerable.Range(i + 1, end - i - 1).Select(t => tokens[t].Norm).ToList();
            var holders = article.References
                .Where(r => r.IsName && r.Entity.Type == EntityType.Person && r.First < i)
                .GroupBy(r => r.Entity)
                .Where(g => Given(doc, g, wanted, nounWords))
                .Select(g => g.Key)
                .Take(2)
                .ToList();
            if (holders.Count == 0 && OpensOrReports(doc, i, end + 1, speechVerbs) && !PersonBefore(doc, article, i)
                && PreviousSentence.FirstPerson(doc, article, i, OpeningWords) is { } previous && !GivenOtherParty(doc, article, previous.Entity, tokens[end].Norm))
            {
                // "Sen. Ana Varga said ... \"...,\" the Ohio Democrat said.": a second reference to the person just named.
                holders.Add(previous.Entity);
            }
            if (holders.Count == 1)
            {
                article.References.Add(new Reference(i, end + 1, holders[0], IsName: false));
            }
        }
    }

    /// <summary>"In an interview with Peter Holm, the Ohio Democrat said": someone named before it in its sentence may be the one meant.</summary>
    private static bool PersonBefore(Document doc, ResolvedArticle article, int token) =>
        article.Within(doc.Sentences[doc.SentenceOf[token]].FirstToken, token).Any(r => r.Entity.Type == EntityType.Person && !doc.InQuote(r.First));

    private static bool OpensOrReports(Document doc, int first, int end, IReadOnlySet<string> speechVerbs) =>
        doc.Sentences[doc.SentenceOf[first]].FirstToken == first || (end < doc.Tokens.Count && speechVerbs.Contains(doc.Tokens[end].Norm));

    /// <summary>"the Ohio Democrat" is not someone the article called a Republican.</summary>
    private static bool GivenOtherParty(Document doc, ResolvedArticle article, EntityDraft person, string noun)
    {
        var other = noun switch { "democrat" => Nouns["republican"], "republican" => Nouns["democrat"], _ => [] };
        var given = GivenWords(doc, article.References.Where(r => r.IsName && r.Entity == person));
        return other.Any(given.Contains);
    }

    private static bool Given(Document doc, IEnumerable<Reference> names, List<string> wanted, string[] nounWords)
    {
        var given = GivenWords(doc, names);
        return nounWords.Any(given.Contains) && wanted.All(given.Contains);
    }

    private static HashSet<string> GivenWords(Document doc, IEnumerable<Reference> names)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var sentence = doc.Sentences[doc.SentenceOf[name.First]];
            for (var t = Math.Max(sentence.FirstToken, name.First - WordsBefore); t < name.First; t++)
            {
                AddWords(given, doc.Tokens[t].Norm);
            }
            if (name.End < sentence.EndToken && doc.Tokens[name.End].Norm is "," or "(")
            {
                for (var t = name.End + 1; t < Math.Min(sentence.EndToken, name.End + 1 + WordsAfter) && doc.Tokens[t].Norm is not ("," or ")"); t++)
                {
                    AddWords(given, doc.Tokens[t].Norm);
                }
            }
        }
        return given;
    }

    /// <summary>"D-Ohio" gives "d" and "ohio"; "Sen." gives "sen".</summary>
    private static void AddWords(HashSet<string> given, string norm)
    {
        foreach (var part in norm.Split(['-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            given.Add(part);
        }
    }
}
