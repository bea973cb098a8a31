using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// A post written with no name, as the subject of its sentence: "Ana Varga has criticised ... But the chancellor
/// said". It stands for the person the article opens on, when that person is named just before it, has no title of
/// their own ("Mr" is none), and no one else is given the post by name.
/// </summary>
internal sealed class BarePosts(WordLists words)
{
    private const int LeadSentences = 3;
    private const int SentencesBack = 2;

    private static readonly HashSet<string> Openers = ["but", "and", "so", "yet", "however", "now", "later", "meanwhile"];

    /// <summary>
    /// The person a bare post refers to, the post and the sentence that says it, for posts matched by
    /// <paramref name="postAt"/> (the post's words at an index: their length and the post, or null); the first bare
    /// post of the article that <paramref name="postAt"/> or <paramref name="rivalAt"/> (the length of any other post
    /// of the same kind) matches decides.
    /// </summary>
    /// <remarks>
    /// A government post is written in lower case ("the chancellor"); a party's post ("the Tory leader") is the
    /// opening person's only when that person is the last one named before it ("... backed Tomas Brel's stance. The
    /// Tory leader ..." is Brel).
    /// </remarks>
    public (EntityDraft Person, T Post, int Sentence)? Holder<T>(ResolvedArticle article, Func<IReadOnlyList<Token>, int, (int Length, T Post, string Title)?> postAt,
        Func<IReadOnlyList<Token>, int, int?> rivalAt, bool isPartyPost = false)
    {
        if (Lead(article) is not { } lead || !lead.Titles.All(IsHonorific) || lead.InCreditsOnly)
        {
            return null;
        }
        var doc = article.Document;
        var tokens = doc.Tokens;
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].Norm != "the" || doc.InQuote(t) || !IsSubject(doc, t))
            {
                continue;
            }
            var own = isPartyPost || !tokens[t + 1].IsCapitalized ? postAt(tokens, t + 1) : null;
            var length = Math.Max(own?.Length ?? 0, rivalAt(tokens, t + 1) ?? 0);
            if (length == 0 || t + 1 + length >= tokens.Count)
            {
                continue;
            }
            var after = tokens[t + 1 + length];
            if ((after.IsWord && after.IsCapitalized) || after.Norm is "of" or "for" or "and")
            {
                continue; // "the chancellor Ana Varga", "the prime minister of Fiji"
            }
            // The first bare post in the article says which post the opening person holds: in "Ana Varga has ...
            // The chancellor said ... The prime minister was asked", she is not the prime minister.
            if (own is not { } post || post.Length != length || NamedHolder(article, postAt, post.Title, lead))
            {
                return null;
            }
            var sentence = doc.SentenceOf[t];
            var first = doc.Sentences[Math.Max(0, sentence - SentencesBack)].FirstToken;
            var named = article.Within(first, t).Where(r => r.IsName && r.Entity.Type == EntityType.Person).ToList();
            if (named.Any(r => r.Entity == lead) && (!isPartyPost || named[^1].Entity == lead))
            {
                return (lead, post.Post, sentence);
            }
        }
        return null;
    }

    /// <summary>The length of any government post or leader's title written in lower case at the index.</summary>
    public int? AnyPostAt(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index].IsCapitalized)
        {
            return null;
        }
        var post = words.Posts.Match(tokens, index, tokens.Count)?.Length ?? 0;
        var leader = words.Titles.Match(tokens, index, tokens.Count) is { Value.IsLeader: true } title ? title.Length : 0;
        return Math.Max(post, leader) is > 0 and var length ? length : null;
    }

    /// <summary>Someone else given the post before their name ("Chancellor Tomas Brel"; a "shadow chancellor" is not one).</summary>
    private static bool NamedHolder<T>(ResolvedArticle article, Func<IReadOnlyList<Token>, int, (int Length, T Post, string Title)?> postAt, string title, EntityDraft lead)
    {
        var tokens = article.Document.Tokens;
        foreach (var name in article.References.Where(r => r.IsName && r.Entity.Type == EntityType.Person && r.Entity != lead))
        {
            for (var start = Math.Max(0, name.First - 4); start < name.First; start++)
            {
                if (postAt(tokens, start) is { } post && start + post.Length == name.First && post.Title == title
                    && !(start > 0 && tokens[start - 1].Norm is "shadow" or "former" or "ex" or "deputy" or "then"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool IsHonorific(string title)
    {
        var tokens = words.Tokenizer.Tokenize(title);
        return words.Titles.Match(tokens, 0, tokens.Count) is { Value.IsHonorific: true } match && match.Length == tokens.Count;
    }

    /// <summary>"The chancellor said", "But the chancellor", "In a speech, the prime minister said": the post opens its clause.</summary>
    private static bool IsSubject(Document doc, int the)
    {
        var tokens = doc.Tokens;
        var start = doc.Sentences[doc.SentenceOf[the]].FirstToken;
        return the == start || (the == start + 1 && Openers.Contains(tokens[start].Norm)) || (the > start && tokens[the - 1].Norm == ",");
    }

    /// <summary>
    /// The person whose name opens one of the article's first sentences: "Ana Varga has criticised ...", or who is
    /// quoted in it: "Tomas Brel has failed, Ana Varga has said." A headline (a first block of one sentence) is
    /// skipped: "Varga attacks Brel" may open on the other side.
    /// </summary>
    private EntityDraft? Lead(ResolvedArticle article)
    {
        var doc = article.Document;
        var headline = doc.Blocks.Count > 1 && doc.Sentences.Count(s => s.Block == 0) == 1 ? 1 : 0;
        var opening = article.References.FirstOrDefault(r => r.IsName && r.Entity.Type == EntityType.Person && doc.SentenceOf[r.First] >= headline
            && doc.SentenceOf[r.First] < headline + LeadSentences && doc.Sentences[doc.SentenceOf[r.First]].FirstToken == r.First);
        if (opening is null)
        {
            return null;
        }
        var sentence = doc.Sentences[doc.SentenceOf[opening.First]];
        var speaker = article.Within(opening.End, sentence.EndToken)
            .FirstOrDefault(r => r.IsName && r.Entity.Type == EntityType.Person && r.Entity != opening.Entity && doc.Tokens[r.First - 1].Norm == "," && SaysAfter(doc.Tokens, r.End, sentence.EndToken));
        return (speaker ?? opening).Entity;
    }

    /// <summary>"said", "has said", "says" right after a name.</summary>
    private bool SaysAfter(IReadOnlyList<Token> tokens, int end, int limit)
    {
        var t = end < limit && tokens[end].Norm is "has" or "have" or "had" ? end + 1 : end;
        return t < limit && words.SpeechVerbs.Contains(tokens[t].Norm);
    }
}
