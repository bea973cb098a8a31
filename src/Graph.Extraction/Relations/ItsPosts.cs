using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// "The Nordic Union has attacked the plans. Its general secretary, Peter Holm, said": a post introduced by "its"
/// belongs to the organisation that is the subject of the sentence ("its" inside it) or of the sentence before
/// ("Its" opening the sentence).
/// </summary>
internal static class ItsPosts
{
    private const int RoleWords = 3;

    public static RelationDraft? Find(ResolvedArticle article, Reference person, IReadOnlySet<string> roleNouns)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var roleEnd = person.First > 0 && tokens[person.First - 1].Norm == "," ? person.First - 1 : person.First;
        if (roleEnd < 2 || !roleNouns.Contains(tokens[roleEnd - 1].Norm) || tokens[roleEnd - 1].IsCapitalized)
        {
            return null;
        }
        var t = roleEnd - 1;
        while (t > roleEnd - 1 - RoleWords && t > 0 && tokens[t - 1].IsWord && !tokens[t - 1].IsCapitalized && tokens[t - 1].Norm != "its")
        {
            t--; // "policy director", "director general"
        }
        var its = t - 1;
        if (its < 0 || tokens[its].Norm != "its" || doc.SentenceOf[its] != doc.SentenceOf[person.First])
        {
            return null;
        }
        var sentence = doc.SentenceOf[its];
        var opens = doc.Sentences[sentence].FirstToken == its;
        if (opens && sentence == 0)
        {
            return null;
        }
        var org = Subject(article, doc.Sentences[opens ? sentence - 1 : sentence]);
        // "Nordic Bank maintains ... because Vostok Oil has no assets ... owned by its chief finance officer": another
        // organisation named in between may be the one "its" points to, so the tie is left out.
        // "proceedings against Vivendo, its chief executive Peter Holm": a name right before "its" is the likelier owner.
        var listed = its > 1 && tokens[its - 1].Norm == "," && tokens[its - 2].IsCapitalized && (org is null || its - 2 >= org.End);
        if (org is not null && (listed || article.Within(org.End, its).Any(r => r.Entity.Type == EntityType.Organization && r.Entity != org.Entity)))
        {
            return null;
        }
        return org is null ? null : new RelationDraft(RelationType.AffiliatedWith, person.Entity, org.Entity, null, doc.TextOf(t, roleEnd), doc.SentenceOf[person.First]);
    }

    /// <summary>The organisation opening a sentence, after an optional "The"; "Nordic Bank's evidence" has another subject.</summary>
    private static Reference? Subject(ResolvedArticle article, Sentence sentence)
    {
        var first = sentence.FirstToken;
        if (first < sentence.EndToken && article.Document.Tokens[first].Norm == "the")
        {
            first++;
        }
        var tokens = article.Document.Tokens;
        return article.At(first) is { Entity.Type: EntityType.Organization } org && org.First == first
               && (org.End >= tokens.Count || !tokens[org.End].IsPossessiveMark) ? org : null;
    }
}
