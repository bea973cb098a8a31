using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>The one a relative clause speaks of: "criticised by Brel, who called it", "Holm, who has long said".</summary>
internal sealed class RelativeClauseSubjects(ResolvedArticle article, SpeakerLookup speakers)
{
    private readonly Document doc = article.Document;

    /// <summary>
    /// The one a relative clause before the verb speaks of. A "who" with nobody named right before it ("spoke with a
    /// trader who said") gives a reference with no entity: the speaker is unnamed. Null when the verb opens no relative
    /// clause or follows an organisation's name.
    /// </summary>
    public (EntityDraft? Entity, int First)? Before(int first, int verb)
    {
        var who = verb - 1;
        while (who > first && (SpeakerLookup.Adverbs.Contains(doc.Tokens[who].Norm) || doc.Tokens[who].Norm == "long"))
        {
            who--;
        }
        if (who <= first || doc.Tokens[who].Norm != "who")
        {
            return null;
        }
        var named = speakers.RefEndingAt(who) ?? (doc.Tokens[who - 1].Norm == "," ? speakers.RefEndingAt(who - 1) : null);
        return named is null ? (null, who) : named.Entity.Type == EntityType.Person ? (named.Entity, named.First) : null;
    }
}
