using Graph.Core.Model;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Relations;

/// <summary>
/// "Mr Varga's union, the Prison Officers Association," and "Brel's company, Holm Ltd,": a body the person owns by
/// possessive, named in the apposition that follows, is the person's own.
/// </summary>
internal static class OwnBodies
{
    private static readonly HashSet<string> BodyNouns =
        ["union", "party", "company", "firm", "organisation", "organization", "group", "charity", "employer", "newspaper", "agency", "institute", "foundation", "church", "club", "team"];

    public static EntityDraft? Find(ResolvedArticle article, Reference person)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var t = person.End;
        if (t + 3 >= tokens.Count || tokens[t].Norm is not ("'s" or "\u2019s") || !BodyNouns.Contains(tokens[t + 1].Norm) || tokens[t + 2].Norm != ",")
        {
            return null;
        }
        var at = tokens[t + 3].Norm == "the" ? t + 4 : t + 3;
        if (at >= tokens.Count || article.At(at) is not { Entity.Type: EntityType.Organization } body || body.First != at || doc.SentenceOf[at] != doc.SentenceOf[t])
        {
            return null;
        }
        // The apposition closes right after the name: "his union, the FDA, to suggest", not "the FDA and others".
        return body.End >= tokens.Count || tokens[body.End].Norm is "," or "." or ";" or ")" ? body.Entity : null;
    }
}
