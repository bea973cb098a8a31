using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>Who speaks through a participle after a comma: "after Brel cancelled it in a letter to Holm, citing".</summary>
internal sealed class ParticipleSubjects(WordLists words, ResolvedArticle article)
{
    private readonly Document doc = article.Document;
    private readonly NameRoles roles = new(words, article.Document);

    /// <summary>
    /// The subject of the clause [first, comma) that the participle right after the comma goes on: the last one named
    /// before a verb, else the one named in the clause's opening capitalised words.
    /// </summary>
    public Reference? Before(int first, int comma) => NearestClauseSubject(first, comma) ?? OpeningSubject(first, comma + 1);

    /// <summary>
    /// The subject of the last clause before a participle: "she stopped short of saying ... after Brel cancelled it in a
    /// letter to Holm, citing": the last one named right before a verb in the past or a reporting verb.
    /// </summary>
    private Reference? NearestClauseSubject(int first, int end) =>
        article.Within(first, end).LastOrDefault(r => r.Entity.Type is EntityType.Person or EntityType.Organization && !doc.InQuote(r.First)
            && !roles.IsNotSubject(r) && r.End < end && doc.Tokens[r.End] is { Kind: TokenKind.Word, IsCapitalized: false } next
            && (next.Norm.EndsWith("ed", StringComparison.Ordinal) || next.Norm is "has" or "had" || words.SpeechVerbs.Contains(next.Norm)));

    /// <summary>
    /// The person, else the organisation, named in the clause's opening run of capitalised words: "The White House on
    /// Friday appeared to ...", "Senate Democratic Leader Ana Varga, for her part, ...".
    /// </summary>
    private Reference? OpeningSubject(int first, int end)
    {
        var run = first < end && doc.Tokens[first].Norm == "the" ? first + 1 : first;
        while (run < end && doc.Tokens[run].IsCapitalized)
        {
            run++;
        }
        var named = article.Within(first, run).Where(r => r.Entity.Type is EntityType.Person or EntityType.Organization && !doc.InQuote(r.First) && !roles.IsPossessor(r)).ToList();
        return named.FirstOrDefault(r => r.Entity.Type == EntityType.Person) ?? named.FirstOrDefault();
    }
}
