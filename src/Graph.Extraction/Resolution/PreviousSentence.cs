using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>The person a description opening a second reference most likely takes up: the one opening the body sentence before.</summary>
internal static class PreviousSentence
{
    /// <summary>
    /// The first person named outside quotations in the body sentence before the one holding the token, when that name
    /// stands within the first words of that sentence ("Separately, Sen. Ana Varga said ...").
    /// </summary>
    public static Reference? FirstPerson(Document doc, ResolvedArticle article, int token, int withinWords)
    {
        var sentence = doc.SentenceOf[token];
        if (sentence == 0)
        {
            return null;
        }
        var previous = doc.Sentences[sentence - 1];
        if (doc.Blocks[previous.Block].Kind != BlockKind.Body)
        {
            return null;
        }
        var first = article.Within(previous.FirstToken, previous.EndToken).FirstOrDefault(r => r.Entity.Type == EntityType.Person && !doc.InQuote(r.First));
        return first is { IsName: true } && first.First <= previous.FirstToken + withinWords ? first : null;
    }
}
