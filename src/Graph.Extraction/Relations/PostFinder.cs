using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// AFFILIATED_WITH from a government post written before a name ("Home Secretary X", "Secretary of State X",
/// "press secretary X") or in an apposition ("X, the foreign secretary,"): the holder works in the institution
/// the post belongs to, when the article names that institution and the post means it in the holder's country.
/// </summary>
internal sealed class PostFinder(WordLists words)
{
    /// <summary>Members of a national legislature, written after the state they represent: "Texas Sen. X", "Ohio Rep. X".</summary>
    private static readonly HashSet<string> Lawmakers = ["Senator", "Sen.", "Senators", "Sens.", "Representative", "Rep.", "Representatives", "Reps.", "Congressman", "Congresswoman"];

    /// <summary>The longest apposition a list of names may carry between two of them.</summary>
    private const int AppositionWords = 8;

    private readonly BarePosts barePosts = new(words);

    public IEnumerable<RelationDraft> Find(ResolvedArticle article)
    {
        var doc = article.Document;
        var found = new List<RelationDraft>();
        var organizations = article.Entities.Where(e => e.Type == EntityType.Organization && e.Spans.Count > 0).ToList();
        if (organizations.Count == 0)
        {
            return found;
        }
        foreach (var person in article.References.Where(r => r.IsName && r.Entity.Type == EntityType.Person && !doc.InQuote(r.First)))
        {
            if ((Before(doc, person.First) ?? After(doc, person.End) ?? SharedPlural(article, person.First)) is not { } post || !HoldsIn(article, person.Entity, post))
            {
                continue;
            }
            if (Institution(article, organizations, post, person.Entity) is { } institution)
            {
                found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, institution, null, post.Title, doc.SentenceOf[person.First]));
            }
        }
        // "Ana Varga has criticised ... But the chancellor said": the article's opening person holds the bare post.
        if (barePosts.Holder(article, PostAt, barePosts.AnyPostAt) is { } bare && found.All(r => r.Source != bare.Person)
            && Institution(article, organizations, bare.Post, bare.Person) is { } home)
        {
            found.Add(new RelationDraft(RelationType.AffiliatedWith, bare.Person, home, null, bare.Post.Title, bare.Sentence));
        }
        return found;
    }

    /// <summary>A government post of one country ("the chancellor"), for a bare post.</summary>
    private (int Length, PostInfo Post, string Title)? PostAt(IReadOnlyList<Token> tokens, int index) =>
        words.Posts.Match(tokens, index, tokens.Count) is { Value.Country: not null } match ? (match.Length, match.Value, match.Value.Title) : null;

    /// <summary>
    /// "Justices Ana Varga, Tomas Brel and Peter Holm": a later name of a list shares the plural post before its first
    /// name ("Sen. Ana Varga and Tomas Brel" gives the second no post).
    /// </summary>
    private PostInfo? SharedPlural(ResolvedArticle article, int first)
    {
        var tokens = article.Document.Tokens;
        var head = first;
        while (head > 1 && (tokens[head - 1].Norm is "," or "and" && article.EndingAt(head - 1) is { IsName: true, Entity.Type: EntityType.Person } earlier
            ? earlier
            : NameBeforeApposition(article, head)) is { } previous)
        {
            head = previous.First;
        }
        var title = head > 1 && tokens[head - 1].Norm == "." ? head - 2 : head - 1; // "Sens." ends with its dot
        if (head == first || title < 0 || !tokens[title].Norm.TrimEnd('.').EndsWith('s'))
        {
            return null;
        }
        return Before(article.Document, head);
    }

    /// <summary>"Sens. Ana Varga, a Democrat from Ohio, and Tomas Brel": the earlier name of a list, past its apposition.</summary>
    private static Reference? NameBeforeApposition(ResolvedArticle article, int head)
    {
        var tokens = article.Document.Tokens;
        if (head < 4 || tokens[head - 1].Norm != "and" || tokens[head - 2].Norm != ",")
        {
            return null;
        }
        for (var comma = head - 3; comma > 0 && comma > head - 3 - AppositionWords; comma--)
        {
            if (tokens[comma].Norm == ",")
            {
                return tokens[comma + 1].Norm is "a" or "an" or "the" && article.EndingAt(comma) is { IsName: true, Entity.Type: EntityType.Person } earlier ? earlier : null;
            }
            if (!tokens[comma].IsWord && tokens[comma].Norm != ".")
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The post ending right before the name; a shadow, former, vice or state post, or "Lord Chancellor", is another
    /// post ("Deputy Chief of Staff" and "acting Attorney General" still work in the post's institution).
    /// </summary>
    private PostInfo? Before(Document doc, int first)
    {
        var tokens = doc.Tokens;
        for (var start = Math.Max(0, first - 6); start < first; start++)
        {
            if (words.Posts.Match(tokens, start, first) is { } match && start + match.Length == first)
            {
                // "Alabama Chief Justice X", "Texas Attorney General X": a state's own post, not the nation's institution
                // ("Texas Sen. X" is the state's member of the national Senate).
                return start > 0 && (tokens[start - 1].Norm is "shadow" or "former" or "ex" or "then" or "lord" or "vice" or "late" or "junior" or "state"
                    || (!Lawmakers.Contains(match.Value.Title) && PlaceNames.StartEndingAt(words, tokens, start, withCountries: false) is not null))
                    ? null
                    : match.Value;
            }
        }
        return null;
    }

    /// <summary>"Jack Straw, the foreign secretary, said": the post in an apposition that closes right after it.</summary>
    private PostInfo? After(Document doc, int end)
    {
        var tokens = doc.Tokens;
        if (end + 2 >= tokens.Count || tokens[end].Norm != ",")
        {
            return null;
        }
        var start = end + 1;
        if (tokens[start].Norm == "the")
        {
            start++;
        }
        for (var k = start; k < Math.Min(tokens.Count, start + 2); k++)
        {
            if (words.Posts.Match(tokens, k, tokens.Count) is { } match && k + match.Length < tokens.Count && tokens[k + match.Length].Norm is "," or "." or "said" or "says"
                && (k == start || tokens[k - 1].IsCapitalized) && tokens[start].Norm is not ("shadow" or "former" or "then" or "acting"))
            {
                return match.Value;
            }
        }
        return null;
    }

    /// <summary>A post with a country means that post only there: "German Chancellor X" is not at the Treasury.</summary>
    private static bool HoldsIn(ResolvedArticle article, EntityDraft person, PostInfo post) =>
        post.Country is null || person.Nationality is null || person.Nationality.Name == post.Country;

    private EntityDraft? Institution(ResolvedArticle article, List<EntityDraft> organizations, PostInfo post, EntityDraft person)
    {
        foreach (var name in post.Institutions)
        {
            // A ministry belongs to a country: "China's Ministry of Foreign Affairs" is not the ministry of an
            // Australian foreign minister, so a post of any country needs both countries known and the same.
            var matches = organizations
                .Where(o => Names(o, name) && (post.Country is not null || (person.Nationality is not null && CountryOf(article, o) == person.Nationality)))
                .ToList();
            if (matches.Count == 1)
            {
                return matches[0];
            }
        }
        return null;
    }

    /// <summary>The country an institution is named with: "North Korean Foreign Ministry", "China's Ministry of Foreign Affairs".</summary>
    private CountryInfo? CountryOf(ResolvedArticle article, EntityDraft organization)
    {
        var doc = article.Document;
        foreach (var reference in article.References.Where(r => r.Entity == organization))
        {
            if (words.CountryWords.Match(doc.Tokens, reference.First, reference.End) is { } inside)
            {
                return inside.Value.Country;
            }
            var before = reference.First > 0 && doc.Tokens[reference.First - 1].Norm == "'s" ? reference.First - 1 : reference.First;
            for (var start = Math.Max(0, before - 3); start < before; start++)
            {
                if (words.CountryWords.Match(doc.Tokens, start, before) is { } word && start + word.Length == before)
                {
                    return word.Value.Country;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "U.S. State Department" and "the North Korean Foreign Ministry" name "State Department" and "Foreign Ministry";
    /// "Republican Senate" is a majority, not the institution's name.
    /// </summary>
    private bool Names(EntityDraft organization, string name) =>
        organization.Surfaces.Append(organization.Name).Any(s =>
            s.Equals(name, StringComparison.OrdinalIgnoreCase) || s.Equals("the " + name, StringComparison.OrdinalIgnoreCase)
            || (s.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase) && words.IsCountryPhrase(Qualifier(s[..^(name.Length + 1)]))));

    /// <summary>"the U.S." and "China's" qualify a name as "U.S." and "China" do.</summary>
    private static string Qualifier(string text)
    {
        var bare = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
        return bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("\u2019s", StringComparison.Ordinal) ? bare[..^2] : bare;
    }
}
