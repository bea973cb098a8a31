using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>"the North Korean diplomat" → the last person given that nationality; "the paper" → the last news organisation.</summary>
internal sealed class DescriptionReferences(WordLists words)
{
    private const int SentencesBack = 5;

    /// <summary>Nouns that stand for a news organisation named before: "the paper also reported".</summary>
    private static readonly HashSet<string> OutletNouns = ["paper", "newspaper", "agency", "broadcaster", "network", "daily", "magazine", "outlet", "station", "tabloid"];

    /// <summary>
    /// "the North Korean diplomat" → the last person given that nationality; "the paper" → the last news organisation.
    /// </summary>
    public void Add(Document doc, IReadOnlyList<Mention> mentions, ResolvedArticle article)
    {
        var byStart = mentions.Where(m => m.Kind is MentionKind.Country or MentionKind.Demonym).ToDictionary(m => m.First, m => m);
        var tokens = doc.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Norm != "the" || doc.InQuote(i))
            {
                continue;
            }
            if (OutletNouns.Contains(tokens[i + 1].Norm) || (i + 2 < tokens.Count && tokens[i + 1].Norm is "news" or "state" && OutletNouns.Contains(tokens[i + 2].Norm)))
            {
                var end = OutletNouns.Contains(tokens[i + 1].Norm) ? i + 2 : i + 3;
                var outlet = article.References.LastOrDefault(r => r.First < i && r.Entity.Type == EntityType.Organization && IsOutlet(r.Entity));
                if (outlet is not null && doc.SentenceOf[outlet.First] >= doc.SentenceOf[i] - SentencesBack)
                {
                    article.References.Add(new Reference(i, end, outlet.Entity, IsName: false));
                }
                continue;
            }
            if (!byStart.TryGetValue(i + 1, out var country) || country.Country is null)
            {
                continue;
            }
            var noun = country.End < tokens.Count && tokens[country.End].Norm == "'s" ? country.End + 1 : country.End;
            if (noun >= tokens.Count || !words.RoleNouns.Contains(tokens[noun].Norm))
            {
                continue;
            }
            // "the North Korean foreign minister, Sato ..." or "... minister Sato": the named person is of that country.
            var named = noun + 2 < tokens.Count && tokens[noun + 1].Norm == "," ? article.At(noun + 2) : noun + 1 < tokens.Count ? article.At(noun + 1) : null;
            if (named is { Entity.Type: EntityType.Person })
            {
                named.Entity.Nationality ??= country.Country;
                continue;
            }
            if (words.Titles.Match(tokens, noun, tokens.Count) is { Value.IsLeader: true } || (noun + 1 < tokens.Count && tokens[noun + 1].IsCapitalized))
            {
                continue;
            }
            var person = article.References.LastOrDefault(r => r.First < i && r.Entity.Type == EntityType.Person && r.Entity.Nationality == country.Country && r.Entity.LeaderOf is null);
            if (person is not null)
            {
                article.References.Add(new Reference(i, noun + 1, person.Entity, IsName: false));
            }
        }
    }

    private static bool IsOutlet(EntityDraft organization)
    {
        var last = organization.Name.Split(' ')[^1];
        return last is "Times" or "Post" or "News" or "Daily" or "Journal" or "Herald" or "Tribune" or "Sinmun" or "Ilbo" or "Agency" or "Telegraph" or "Gazette"
            or "Reuters" or "Xinhua" or "Yonhap" or "KCNA" or "Bloomberg" or "CNN" or "Press";
    }
}
