using Graph.Core.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Resolution;

/// <summary>
/// A bare institution word that two countries use ("the Treasury") names the institution of the country the article
/// is about: in a story on British politics (Labour, the Tories, Downing Street, Britain) it is HM Treasury, not the
/// U.S. Treasury Department the general list gives it.
/// </summary>
internal sealed class HomeInstitutions(WordLists words)
{
    private const string Britain = "United Kingdom";
    private const string America = "United States";

    /// <summary>The bare word, the name the general list gives it (American), and the British institution's name.</summary>
    private static readonly (string Word, string American, string British)[] SharedWords = [("Treasury", "Treasury Department", "HM Treasury")];

    public void Apply(ResolvedArticle article)
    {
        foreach (var (word, american, british) in SharedWords)
        {
            if (article.Entities.FirstOrDefault(e => e.Type == EntityType.Organization && e.Name == american) is not { } entity
                || entity.Surfaces.Any(s => !IsBare(s, word)))
            {
                continue; // "Treasury Department" or "Department of the Treasury" written out is the American one
            }
            if (Weight(article, Britain, entity) > Weight(article, America, entity))
            {
                entity.Name = british;
            }
        }
    }

    private static bool IsBare(string surface, string word) =>
        surface.Equals(word, StringComparison.OrdinalIgnoreCase) || surface.Equals("the " + word, StringComparison.OrdinalIgnoreCase);

    /// <summary>How often the article names the country, its institutions and its parties.</summary>
    private int Weight(ResolvedArticle article, string country, EntityDraft except) =>
        article.Entities.Where(e => e != except && e.Spans.Count > 0 && (e.Type == EntityType.Country ? e.Name == country
                : e.Type == EntityType.Organization && (words.InstitutionCountries.GetValueOrDefault(e.Name) ?? words.PartyCountries.GetValueOrDefault(e.Name)) == country))
            .Sum(e => e.Spans.Count);
}
