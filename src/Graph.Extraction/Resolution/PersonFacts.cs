using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Reads the titles written before person names: "North Korean leader Park Ji Seon" and "South Korea's President Dahl"
/// make a leader of a country, a bare "President Brandt" a leader of an unnamed one, "spokeswoman" a woman.
/// </summary>
internal sealed class PersonFacts
{
    public void Apply(Document doc, IReadOnlyList<Mention> mentions, ResolvedArticle article)
    {
        var byEnd = new Dictionary<int, Mention>();
        foreach (var m in mentions.Where(m => m.Kind is MentionKind.Title or MentionKind.Country or MentionKind.Demonym))
        {
            byEnd[m.End] = m;
        }
        foreach (var reference in article.References.Where(r => r.Entity.Type == EntityType.Person))
        {
            if (reference.First > 1 && doc.Tokens[reference.First - 1].Norm == "'s" && byEnd.TryGetValue(reference.First - 1, out var owner) && owner.Kind == MentionKind.Country)
            {
                reference.Entity.PossessedBy ??= owner.Country;
                reference.Entity.Nationality ??= owner.Country;
            }
            if (!byEnd.TryGetValue(reference.First, out var title))
            {
                continue;
            }
            var person = reference.Entity;
            if (title.Kind != MentionKind.Title)
            {
                person.Nationality ??= title.Country; // "Chinese Chen"
                person.NamedAfterDemonym ??= title.Kind == MentionKind.Demonym ? title.Country : null;
                continue;
            }
            person.HasTitle = true;
            person.Nationality ??= CountryBefore(doc, byEnd, title.First);
            var info = title.Title!;
            if (!IsFormer(doc, title.First))
            {
                person.Titles.Add(info.Text.ToLowerInvariant());
            }
            if (info.Gender != Gender.Unknown)
            {
                person.Gender = info.Gender;
            }
            if (!info.IsLeader || IsFormer(doc, title.First))
            {
                continue;
            }
            var country = CountryBefore(doc, byEnd, title.First);
            if (country is not null)
            {
                person.LeaderOf ??= country;
            }
            else
            {
                person.HasBareLeaderTitle = true;
                person.BareTitleTokens.Add(title.First);
                if (person.BareTitleToken < 0)
                {
                    person.BareTitleToken = title.First;
                    person.BareTitle = info.Text;
                }
            }
        }
    }

    /// <summary>The country written before a title: "Chinese President", "South Korea President", "North Korea's leader".</summary>
    public static CountryInfo? CountryBefore(Document doc, Dictionary<int, Mention> byEnd, int titleStart)
    {
        var at = titleStart;
        if (at > 0 && doc.Tokens[at - 1].Norm == "'s")
        {
            at--;
        }
        // "... freed by North Korea" closing a headline says nothing of "President X" opening the next block.
        return byEnd.TryGetValue(at, out var m) && m.Kind is MentionKind.Country or MentionKind.Demonym && doc.SentenceOf[m.First] == doc.SentenceOf[titleStart] ? m.Country : null;
    }

    private static bool IsFormer(Document doc, int titleStart) =>
        titleStart > 0 && doc.Tokens[titleStart - 1].Norm is "former" or "late" or "ex" or "then" or "deposed" or "ousted" or "vice" or "deputy";
}
