using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>A place name written just before a post or a name: "Texas" in "Texas Gov. X", "U.S." in "Democratic U.S. Senator X".</summary>
internal static class PlaceNames
{
    private const int LongestName = 3;

    /// <summary>The first token of a capitalised place (or, with countries, a country word) ending just before index, or null.</summary>
    public static int? StartEndingAt(WordLists words, IReadOnlyList<Token> tokens, int index, bool withCountries)
    {
        for (var start = Math.Max(0, index - LongestName); start < index; start++)
        {
            if (tokens[start].IsCapitalized
                && ((withCountries && words.CountryWords.Match(tokens, start, index) is { } country && start + country.Length == index)
                    || (words.Places.Match(tokens, start, index) is { } place && start + place.Length == index)))
            {
                return start;
            }
        }
        return null;
    }
}
