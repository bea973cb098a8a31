using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>
/// What a quotation is about: the entities named inside it, the subject of the clause a partial quote completes
/// ("said Oslo is \"playing for time\"", "Brel has \"no plan\", Varga said"), and whom its third-person pronouns
/// plainly point to ("He will accept", said of the last other person named before the quotation).
/// </summary>
internal sealed class QuoteTopics(ResolvedArticle article)
{
    private const int SentencesBack = 2;

    private readonly Document doc = article.Document;

    public List<EntityDraft> About(QuoteSpan quote, EntityDraft speaker, int cueEnd)
    {
        var sentence = doc.Sentences[doc.SentenceOf[quote.FirstToken]];
        var cueBefore = cueEnd < quote.ContentStart;
        var clauseStart = cueBefore ? Math.Max(sentence.FirstToken, TokenAt(cueEnd)) : AfterEarlierQuote(quote, sentence);
        var partial = cueBefore || clauseStart < quote.FirstToken - 1;
        var lead = partial ? article.Within(clauseStart, quote.FirstToken).Where(r => !Addressed(r, clauseStart)) : [];
        var rest = partial ? article.Within(quote.EndToken, ClauseEnd(quote, sentence)).Where(r => !doc.InQuote(r.First)) : [];
        var about = article.Within(quote.FirstToken, quote.EndToken).Concat(lead).Concat(rest).Select(r => r.Entity).ToList();
        if (Pronoun(quote) is { } gender && LastOtherPerson(quote, speaker, gender) is { } person)
        {
            about.Add(person);
        }
        return about.Where(e => e != speaker && e.Type is EntityType.Person or EntityType.Country or EntityType.Organization).Distinct().ToList();
    }

    /// <summary>
    /// Where the words before a quotation whose speaker is named after it begin: the sentence start, or the end of an
    /// earlier quotation of the sentence ("Brel \"will go\" and pledged that Oslo would \"pay,\" Varga said").
    /// </summary>
    private int AfterEarlierQuote(QuoteSpan quote, Sentence sentence) =>
        quote.Index > 0 && doc.Quotes[quote.Index - 1] is { } earlier && earlier.EndToken > sentence.FirstToken && earlier.EndToken < quote.FirstToken
            ? earlier.EndToken + 1 : sentence.FirstToken;

    /// <summary>"Varga told Radio Nord: \"...\"": the outlet spoken to is not what the words are about (a person told may be).</summary>
    private bool Addressed(Reference r, int clauseStart) =>
        r.Entity.Type != EntityType.Person && clauseStart > 0 && doc.Tokens[clauseStart - 1].Norm is "told" or "tells" or "telling" or "tell"
        && (r.First == clauseStart || (r.First == clauseStart + 1 && doc.Tokens[clauseStart].Norm == "the"));

    /// <summary>A partial quotation's clause runs on after it to the next comma, quotation or the sentence end: "a \"farce\" about Holm".</summary>
    private int ClauseEnd(QuoteSpan quote, Sentence sentence)
    {
        if (doc.Tokens[quote.EndToken - 1].Kind == TokenKind.Punctuation)
        {
            return quote.EndToken; // "... a threat," it ends where the words end
        }
        var t = quote.EndToken + 1;
        while (t < sentence.EndToken && doc.Tokens[t].Norm is not ("," or ";" or ":") && !doc.InQuote(t))
        {
            t++;
        }
        return t;
    }

    /// <summary>The gender of the first third-person pronoun in the quotation, when no person is named before it there.</summary>
    private Gender? Pronoun(QuoteSpan quote)
    {
        var firstPerson = article.Within(quote.FirstToken, quote.EndToken).FirstOrDefault(r => r.Entity.Type == EntityType.Person)?.First ?? quote.EndToken;
        for (var t = quote.FirstToken; t < firstPerson; t++)
        {
            if (t + 1 < quote.EndToken && doc.Tokens[t + 1].Norm == "[")
            {
                continue; // "his [Lord Brel's] view": the brackets name whom the pronoun means
            }
            switch (doc.Tokens[t].Norm)
            {
                case "he" or "him" or "his":
                    return Gender.Male;
                case "she" or "her":
                    return Gender.Female;
            }
        }
        return null;
    }

    private EntityDraft? LastOtherPerson(QuoteSpan quote, EntityDraft speaker, Gender gender) =>
        LastNamedBefore(quote, speaker, e => e.Type == EntityType.Person && (e.Gender == Gender.Unknown || e.Gender == gender));

    /// <summary>
    /// The last fitting entity named or described ("the president's assessment") outside quotations before the
    /// quotation, in its sentence or the two before, that is not the speaker.
    /// </summary>
    private EntityDraft? LastNamedBefore(QuoteSpan quote, EntityDraft speaker, Func<EntityDraft, bool> fits)
    {
        var s = doc.SentenceOf[quote.FirstToken];
        var from = doc.Sentences[Math.Max(0, s - SentencesBack)].FirstToken;
        return article.Within(from, quote.FirstToken)
            .LastOrDefault(r => (r.IsName || !IsPronoun(r.First)) && r.Entity != speaker && fits(r.Entity) && !doc.InQuote(r.First)
                && doc.Blocks[doc.Sentences[doc.SentenceOf[r.First]].Block].Kind == BlockKind.Body)?.Entity;
    }

    private bool IsPronoun(int token) => doc.Tokens[token].Norm is "he" or "him" or "his" or "she" or "her" or "they" or "them" or "their" or "it" or "its";

    private int TokenAt(int charEnd)
    {
        var index = doc.Tokens.FindIndex(t => t.Start >= charEnd);
        return index < 0 ? doc.Tokens.Count : index;
    }
}
