using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Links what is not a name to the entity meant: descriptions ("the North Korean diplomat", "the paper"), title
/// phrases ("the North Korean leader"), descriptions in words given to one person ("the Ohio Democrat") and subject pronouns ("he said"), in that order, each seeing the ones before.
/// </summary>
internal sealed class CoreferenceResolver(WordLists words)
{
    private readonly DescriptionReferences descriptions = new(words);
    private readonly TitleReferences titles = new(words);

    public void Resolve(Document doc, IReadOnlyList<Mention> mentions, ResolvedArticle article)
    {
        descriptions.Add(doc, mentions, article);
        titles.Add(doc, mentions, article);
        GivenWordDescriptions.Add(doc, article, words.SpeechVerbs);
        article.SortReferences();
        PronounReferences.Add(doc, article, words.SpeechVerbs);
        article.SortReferences();
    }
}
