using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>Reads the reporting clause before a quotation's opening mark: "Brandt said that \"...\"", "said Okafor: \"...\"".</summary>
internal sealed class ClauseBeforeQuote(WordLists words, ResolvedArticle article, SpeakerLookup speakers)
{
    /// <summary>Reporting verbs that may come before their subject: "said Okafor", "wrote Dahl", "added the minister".</summary>
    private static readonly HashSet<string> SpeakerFollows = ["said", "says", "wrote", "writes", "added", "adds", "tweeted", "asked", "asks", "continued", "explained", "noted", "recalled", "replied", "responded", "warned", "argued", "insisted", "declared"];

    private readonly Document doc = article.Document;
    private readonly OwnedWords owned = new(article, speakers);
    private readonly ColonClauses colons = new(article, speakers);
    private readonly QuotedSpeakers quotedSpeakers = new(article, speakers);
    private readonly RelativeClauseSubjects relatives = new(article, speakers);
    private readonly ParticipleSubjects participles = new(words, article);
    private readonly InstitutionSpeakers institutions = new(article, speakers);
    private readonly PastVerbSpeakers pastVerbs = new(article, speakers);

    /// <summary>
    /// The clause before the opening mark in the same sentence: its last reporting verb and that verb's subject. After
    /// an earlier quotation of the sentence only a subject right at the verb counts ("and Varga said he ..."); with
    /// none, the quotation goes on with the earlier one's speaker.
    /// </summary>
    public Speaker? Find(QuoteSpan quote)
    {
        var sentence = doc.Sentences[doc.SentenceOf[quote.FirstToken]];
        var open = quote.FirstToken - 1;
        var b = sentence.FirstToken;
        var follows = false;
        if (quote.Index > 0 && doc.Quotes[quote.Index - 1] is { } prior && doc.SentenceOf[prior.FirstToken] == sentence.Index)
        {
            b = Math.Max(b, prior.EndToken + 1);
            follows = true;
        }
        if (quotedSpeakers.AsSaying(b, open) is { } quotedAsSaying)
        {
            return quotedAsSaying;
        }
        if (!follows && open > b && ((doc.Tokens[open - 1].Norm == ":" ? quotedSpeakers.BeforeColon(b, open) : null) ?? owned.Before(b, open)) is { } owner)
        {
            return owner;
        }
        // The first reporting verb with its subject right at it governs ("Brandt said that Chen reported that ...");
        // else the last verb, whose subject is the first person of the clause.
        if (!follows)
        {
            for (var v = b; v < open; v++)
            {
                if (speakers.IsSpeechVerb(v) && speakers.SubjectOf(b, v) is { } governing)
                {
                    return new Speaker(governing.Entity, governing.First, v + 1);
                }
            }
        }
        for (var v = open - 1; v >= b; v--)
        {
            if (!speakers.IsSpeechVerb(v))
            {
                if (owned.At(v, b) is { } ownerAtNoun)
                {
                    return ownerAtNoun;
                }
                continue;
            }
            if (quotedSpeakers.AtVerb(v, b, open) is { } quoted)
            {
                return quoted;
            }
            if (relatives.Before(b, v) is { } relative)
            {
                return relative.Entity is null ? null : new Speaker(relative.Entity, relative.First, v + 1);
            }
            var participle = v > b && doc.Tokens[v - 1].Norm == "," && doc.Tokens[v].Norm.EndsWith("ing", StringComparison.Ordinal);
            var subject = follows ? speakers.SubjectOf(b, v) : (participle ? participles.Before(b, v - 1) : null) ?? speakers.FirstSubject(b, v)
                ?? institutions.DescribedOrganization(b, v);
            if (subject is not null)
            {
                return new Speaker(subject.Entity, subject.First, v + 1);
            }
            // "said Brandt: ..." names the speaker after the verb; "called Brandt ...", "told Brandt" name the one spoken of or to.
            return follows || !SpeakerFollows.Contains(doc.Tokens[v].Norm) ? null
                : speakers.FirstSpeaker(v + 1, open) is { } late && EndsInversion(late, open, b, v) ? new Speaker(late.Entity, v, late.End) : null;
        }
        if (follows || open - 1 <= b || colons.IsAskedOf(b, open))
        {
            return null;
        }
        return colons.Introducer(b, open) ?? pastVerbs.Opening(b, open);
    }

    /// <summary>
    /// "said Ana Varga: \"...\"", "said the minister, Ana Varga, \"...\"": a speaker after the verb stands right before the
    /// quotation or a mark; "the leader said Labour and the Tories were \"...\"" names whom the speech is about. In "The
    /// Texas senator said he was \"...\"" the pronoun stands for the sentence's described subject.
    /// </summary>
    private bool EndsInversion(Reference late, int open, int clause, int verb) =>
        late.End == open || doc.Tokens[late.End].Kind == TokenKind.Punctuation
        || (late.First == verb + 1 && late.End == late.First + 1 && doc.Tokens[late.First].Norm is "he" or "she" && doc.Tokens[clause].Norm == "the" && verb - clause <= 4);
}
