using Graph.Core.Model;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Relations;

/// <summary>
/// A clause after a name that places the person in an institution: "Ana Varga, who is now with the Peace Institute,",
/// "Tomas Brel, now at the Stimson Center,", "Peter Holm, who directs the Asia program at the Wilson Center,".
/// </summary>
internal static class RelativeClauses
{
    private const int ClauseWords = 8;
    private const int JobReach = 12;

    /// <summary>Verbs of holding a job somewhere, in the present: "who directs ... at", "who works for", "who heads".</summary>
    private static readonly HashSet<string> WorkVerbs = ["works", "directs", "heads", "leads", "runs", "chairs", "oversees", "manages", "teaches", "co-directs"];

    /// <summary>Posts written after an institution's name: "as CIA director".</summary>
    private static readonly HashSet<string> RoleWords = ["director", "chief", "head", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "secretary", "administrator", "president"];

    /// <summary>Words that close the clause before any institution: its end, or a quotation.</summary>
    private static readonly HashSet<string> Closers = [",", ".", ";", ":", "\"", "\u201c", "\u201d", "(", "\u2014"];

    public static EntityDraft? Institution(ResolvedArticle article, Reference person)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var t = PostNominals.After(tokens, person.End);
        if (t + 3 >= tokens.Count || tokens[t].Norm != ",")
        {
            return null;
        }
        t++;
        var who = tokens[t].Norm == "who";
        if (who)
        {
            t++;
        }
        var be = who && tokens[t].Norm is "is" or "'s";
        if (be)
        {
            t++;
        }
        var now = tokens[t].Norm == "now";
        if (now)
        {
            t++;
        }
        if ((be || now) && tokens[t].Norm is "with" or "at")
        {
            return OrganizationAt(article, t + 1); // "who is now with the U.S. Institute of Peace"
        }
        if (who && JobAs(article, t) is { } job)
        {
            return job; // "who was months into his job as CIA director"
        }
        if (who && !be && !now && WorkVerbs.Contains(tokens[t].Norm))
        {
            // "who directs the Korea program at the Stimson Center", "who heads the Refugee Council"
            for (var k = t + 1; k < tokens.Count && k <= t + ClauseWords && !Closers.Contains(tokens[k].Norm); k++)
            {
                var at = tokens[k].Norm == "the" ? k + 1 : k;
                if (article.At(at) is { Entity.Type: EntityType.Organization } org && org.First == at
                    && (k == t + 1 || tokens[k - 1].Norm is "at" or "of" or "for" or "with"))
                {
                    return org.Entity;
                }
            }
        }
        return null;
    }

    /// <summary>"his current job as CIA director", "her role as FBI director": an institution and its post after "job as".</summary>
    private static EntityDraft? JobAs(ResolvedArticle article, int start)
    {
        var tokens = article.Document.Tokens;
        for (var k = start; k + 3 < tokens.Count && k <= start + JobReach && !Closers.Contains(tokens[k].Norm); k++)
        {
            if (tokens[k].Norm is "job" or "role" or "post" or "tenure" && tokens[k + 1].Norm == "as")
            {
                var at = tokens[k + 2].Norm == "the" ? k + 3 : k + 2;
                return article.At(at) is { Entity.Type: EntityType.Organization } org && org.First == at && org.End < tokens.Count && RoleWords.Contains(tokens[org.End].Norm)
                    ? org.Entity
                    : null;
            }
        }
        return null;
    }

    private static EntityDraft? OrganizationAt(ResolvedArticle article, int at)
    {
        var tokens = article.Document.Tokens;
        if (at < tokens.Count && tokens[at].Norm == "the")
        {
            at++;
        }
        return at < tokens.Count && article.At(at) is { Entity.Type: EntityType.Organization } org && org.First == at ? org.Entity : null;
    }
}
