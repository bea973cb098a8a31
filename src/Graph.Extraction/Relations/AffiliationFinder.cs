using Graph.Core.Model;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// AFFILIATED_WITH from the ways news text ties a person to an institution: an apposition ("Ivo Stern, a senior
/// fellow ... at the Federation of American Scientists,"), a title chain ("White House press secretary Lena Varga",
/// "Fox News' Judson Berger"), "X of the Y", and a byline followed by the outlet's line.
/// </summary>
internal sealed class AffiliationFinder(IReadOnlySet<string> roleNouns, IReadOnlySet<string> speechVerbs, PartyPortfolio portfolio)
{
    private const int ChainWords = 3;
    private const int AppositionReach = 30;
    private const int DescriptionWords = 3;

    /// <summary>Nouns of a tie to another person, not to an institution: "a friend of", "the son of".</summary>
    private static readonly HashSet<string> KinNouns = ["friend", "wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister", "father", "mother", "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "girlfriend", "boyfriend", "fiancee", "fiance", "neighbour", "neighbor", "biographer"];

    private static readonly HashSet<string> Prepositions = ["of", "at", "for", "with", "in", "from", "on", "to"];

    public IEnumerable<RelationDraft> Find(ResolvedArticle article)
    {
        var doc = article.Document;
        var found = new List<RelationDraft>();
        foreach (var person in article.References.Where(r => r.IsName && r.Entity.Type == EntityType.Person && !doc.InQuote(r.First)))
        {
            Apposition(article, person, found);
            Chain(article, person, found);
            Possessor(article, person, found);
            PostOfBefore(article, person, found);
            if (OwnBodies.Find(article, person) is { } body)
            {
                found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, body, null, null, doc.SentenceOf[person.First]));
            }
            RoleBeforeComma(article, person, found);
            if (ItsPosts.Find(article, person, roleNouns) is { } its)
            {
                found.Add(its);
            }
            if (RelativeClauses.Institution(article, person) is { } employer)
            {
                found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, employer, null, null, doc.SentenceOf[person.First]));
            }
        }
        Byline(article, found);
        Credits(article, found);
        found.AddRange(ParentBodies.Of(article, found).ToList());
        return found;
    }

    /// <summary>An apposition opens with an article, a lower-case role word or an institution's name, never a clause.</summary>
    private bool OpensApposition(ResolvedArticle article, int start)
    {
        var doc = article.Document;
        var token = doc.Tokens[start];
        var reference = article.At(start);
        var possessive = reference is not null && reference.End < doc.Tokens.Count && doc.Tokens[reference.End].Norm == "'s"; // "Brandt's CIA director"
        // A lower-case opening must reach a post within a few words: "executive director of", not "took center stage".
        var post = Enumerable.Range(start, Math.Min(4, doc.Tokens.Count - start)).Any(k => roleNouns.Contains(doc.Tokens[k].Norm));
        return token.Norm is "a" or "an" or "the" || (token.IsWord && !token.IsCapitalized && post) || reference?.Entity.Type == EntityType.Organization
            || roleNouns.Contains(token.Norm) || possessive;
    }

    /// <summary>"a friend of the Tory leader", "the wife of the party's chairman": the institution is someone else's.</summary>
    private static bool DescribesKin(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k + 1 < end && k < start + DescriptionWords; k++)
        {
            if (KinNouns.Contains(tokens[k].Norm) && tokens[k + 1].Norm == "of")
            {
                return true;
            }
        }
        return false;
    }

    private bool HasVerb(int start, int end, Document doc)
    {
        for (var t = start; t < end; t++)
        {
            var norm = doc.Tokens[t].Norm;
            // "secretary of state", "a statement": a verb's word used as a noun is no clause.
            var noun = t > start && doc.Tokens[t - 1].Norm is "of" or "a" or "an" or "the" or "his" or "her" or "its" or "their";
            if (speechVerbs.Contains(norm) && !roleNouns.Contains(norm) && !noun || norm is "is" or "was" or "has" or "had" or "will" or "would" or "said")
            {
                return true;
            }
        }
        return false;
    }

    private void Apposition(ResolvedArticle article, Reference person, List<RelationDraft> found)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var sentence = doc.Sentences[doc.SentenceOf[person.First]];
        var start = PostNominals.After(tokens, person.End);
        if (start >= sentence.EndToken || tokens[start].Norm != ",")
        {
            return;
        }
        start++;
        if (start >= sentence.EndToken || tokens[start].Norm is "who" or "which" or "that" or "whose" or "whom" or "and" or "but" or "\"" or "\u201c")
        {
            return;
        }
        var end = start;
        while (end < sentence.EndToken && end < start + AppositionReach && tokens[end].Norm is not ("," or "." or ";" or ":" or "\u2014" or "(" or "\"" or "\u201c" or "\u201d"))
        {
            end++;
        }
        if (end >= sentence.EndToken || end == start + AppositionReach)
        {
            return; // an apposition closes with a comma, a dash or the end of the sentence's clause
        }
        if (!OpensApposition(article, start) || HasVerb(start, end, doc) || DescribesKin(tokens, start, end))
        {
            return;
        }
        var firstRole = Role(doc, start, end);
        foreach (var org in article.Within(start, end).Where(r => r.Entity.Type == EntityType.Organization && !portfolio.Names(tokens, r.First, r.End)))
        {
            var before = RoleBefore(doc, start, org.First);
            var role = before is not null && roleNouns.Contains(before.Split(' ')[^1].ToLowerInvariant()) ? before : firstRole;
            found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, org.Entity, null, role, sentence.Index));
        }
    }

    /// <summary>"White House press secretary Lena Varga", "Fox News' Judson Berger": an organisation, a few role words, the name.</summary>
    private void Chain(ResolvedArticle article, Reference person, List<RelationDraft> found)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        // "Harbour Aid's policy director, Ana Varga,": a comma may set the name off after a possessive post.
        var comma = person.First > 0 && tokens[person.First - 1].Norm == ","
                    && (person.End >= tokens.Count || tokens[person.End].Norm is not ("and" or "or"));
        var t = comma ? person.First - 2 : person.First - 1;
        var roleEnd = t + 1;
        // "The White House said President X", "appointed by President X": a verb between the institution and the name
        // ends the chain, so the title is not a post at that institution.
        // "Senate Republican Leader X": the party word of a caucus post, right after the institution, stays inside the chain.
        while (t >= 0 && person.First - t <= ChainWords && tokens[t].IsWord && (!tokens[t].IsCapitalized || roleNouns.Contains(tokens[t].Norm) || (t + 1 < person.First && portfolio.IsPartyWord(tokens, t) && article.EndingAt(t) is { Entity.Type: EntityType.Organization }))
               && tokens[t].Norm is not ("'s" or "and" or "the" or "a" or "an" or "by")
               && !Prepositions.Contains(tokens[t].Norm) && !IsVerb(tokens[t]))
        {
            t--;
        }
        var roleStart = t + 1;
        if (t >= 0 && tokens[t].IsPossessiveMark)
        {
            t--;
        }
        var org = article.EndingAt(t + 1) is { Entity.Type: EntityType.Organization } found1 ? found1 : null;
        if (org is null || doc.SentenceOf[org.First] != doc.SentenceOf[person.First] || (org.First > 0 && doc.Tokens[org.First - 1].Norm == "/")
            || portfolio.Names(tokens, org.First, org.End))
        {
            return; // "Jane Roe/AP President Ana Varga": a photo credit, then the caption's subject
        }
        var possessive = t + 1 < roleStart;
        if (roleStart == roleEnd ? !possessive || comma : !roleNouns.Contains(tokens[roleEnd - 1].Norm) || (comma && !possessive))
        {
            return;
        }
        var role = roleStart < roleEnd ? doc.TextOf(roleStart, roleEnd) : null;
        found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, org.Entity, null, role, doc.SentenceOf[person.First]));
    }

    private bool IsVerb(Token token) =>
        !roleNouns.Contains(token.Norm) && (speechVerbs.Contains(token.Norm) || (!token.IsCapitalized && token.Norm.Length > 4 && token.Norm.EndsWith("ed", StringComparison.Ordinal)));

    /// <summary>"Vice Minister of the North Korean Foreign Ministry, Choe Son Hui": a post of an institution set before the name.</summary>
    private void PostOfBefore(ResolvedArticle article, Reference person, List<RelationDraft> found)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        if (person.First < 4 || tokens[person.First - 1].Norm != "," || article.EndingAt(person.First - 1) is not { Entity.Type: EntityType.Organization } org)
        {
            return;
        }
        var t = org.First - 1;
        if (t > 0 && tokens[t].Norm == "the")
        {
            t--;
        }
        if (t < 1 || tokens[t].Norm != "of" || !roleNouns.Contains(tokens[t - 1].Norm) || doc.SentenceOf[t] != doc.SentenceOf[person.First])
        {
            return;
        }
        var first = t - 1;
        while (first > 0 && tokens[first - 1].IsWord && tokens[first - 1].IsCapitalized && doc.SentenceOf[first - 1] == doc.SentenceOf[t])
        {
            first--;
        }
        found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, org.Entity, null, doc.TextOf(first, t), doc.SentenceOf[person.First]));
    }

    /// <summary>
    /// "the top Coast Guard health official, Ana Varga.": an institution and a lower-case role before a comma, and the
    /// name closing the phrase ("the Coast Guard official, Ana Varga said" is no apposition).
    /// </summary>
    private void RoleBeforeComma(ResolvedArticle article, Reference person, List<RelationDraft> found)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        var role = person.First - 2;
        if (role < 2 || tokens[person.First - 1].Norm != "," || !roleNouns.Contains(tokens[role].Norm) || tokens[role].IsCapitalized
            || (person.End < tokens.Count && tokens[person.End].Norm is not ("," or "." or ";")))
        {
            return;
        }
        var t = role;
        while (t > role - ChainWords && t > 0 && tokens[t - 1].IsWord && !tokens[t - 1].IsCapitalized && !Prepositions.Contains(tokens[t - 1].Norm) && tokens[t - 1].Norm is not ("the" or "a" or "an"))
        {
            t--; // "health official"
        }
        if (article.EndingAt(t) is not { Entity.Type: EntityType.Organization } org || doc.SentenceOf[org.First] != doc.SentenceOf[person.First] || portfolio.Names(tokens, org.First, org.End))
        {
            return;
        }
        var k = org.First - 1;
        while (k > 0 && k > org.First - 3 && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Norm is not ("the" or "a" or "an"))
        {
            k--; // "the top"
        }
        if (k >= 0 && tokens[k].Norm is "the" or "a" or "an")
        {
            found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, org.Entity, null, doc.TextOf(t, role + 1), doc.SentenceOf[person.First]));
        }
    }

    /// <summary>
    /// "Piet Brouwer of Pusan National University", "X of the conservative Alliance for Tomorrow"; "at the White House"
    /// is where someone was, so only "of" and "from" count.
    /// </summary>
    private static void Possessor(ResolvedArticle article, Reference person, List<RelationDraft> found)
    {
        var doc = article.Document;
        var t = person.End;
        if (t + 2 < doc.Tokens.Count && doc.Tokens[t].Norm == "," && doc.Tokens[t + 1].Norm is "of" or "from")
        {
            t++; // "Nigel Farage, of the UK Independence Party,", "Ana Varga, from the Federation of Small Businesses,"
        }
        if (t + 1 >= doc.Tokens.Count || doc.Tokens[t].Norm is not ("of" or "from"))
        {
            return;
        }
        var definite = doc.Tokens[t + 1].Norm == "the";
        var at = definite ? t + 2 : t + 1;
        for (var described = 0; definite && described < DescriptionWords && at < doc.Tokens.Count && IsDescription(doc.Tokens[at]); described++)
        {
            at++; // "of the conservative legal group Alliance for Tomorrow"
        }
        var org = article.At(at);
        if (org is not null && org.Entity.Type == EntityType.Organization)
        {
            found.Add(new RelationDraft(RelationType.AffiliatedWith, person.Entity, org.Entity, null, null, doc.SentenceOf[person.First]));
        }
    }

    /// <summary>A lower-case word describing an institution; a rival or former one is not the person's own.</summary>
    private static bool IsDescription(Token token) =>
        token.IsWord && !token.IsCapitalized && !Prepositions.Contains(token.Norm) && token.Norm is not ("rival" or "opposing" or "opposition" or "former" or "and" or "or");

    /// <summary>
    /// A byline of names on its own line, with the outlet's name on the next line ("Ada Quist" / "USA TODAY"), or at
    /// the end of the same line ("By Ada Quist and Ivo Stern, USA TODAY").
    /// </summary>
    private static void Byline(ResolvedArticle article, List<RelationDraft> found)
    {
        var doc = article.Document;
        for (var b = 0; b < doc.Blocks.Count && b < 6; b++)
        {
            var block = doc.Blocks[b];
            if (block.EndToken - block.FirstToken > 20 || doc.Tokens[block.FirstToken].Norm != "by")
            {
                continue;
            }
            var inBlock = article.Within(block.FirstToken, block.EndToken).ToList();
            var outlet = inBlock.LastOrDefault();
            var names = inBlock.Where(r => r.Entity.Type == EntityType.Person).ToList();
            if (outlet is { Entity.Type: EntityType.Organization } && outlet.End == block.EndToken - (doc.Tokens[block.EndToken - 1].IsWord ? 0 : 1)
                && names.Count > 0 && names.All(n => n.First < outlet.First))
            {
                found.AddRange(names.Select(n => new RelationDraft(RelationType.AffiliatedWith, n.Entity, outlet.Entity, null, "reporter", doc.SentenceOf[n.First])));
            }
        }
        for (var b = 1; b + 1 < doc.Blocks.Count && b < 5; b++)
        {
            var names = article.Within(doc.Blocks[b].FirstToken, doc.Blocks[b].EndToken).Where(r => r.Entity.Type == EntityType.Person).ToList();
            var outlet = article.Within(doc.Blocks[b + 1].FirstToken, doc.Blocks[b + 1].EndToken).FirstOrDefault(r => r.Entity.Type == EntityType.Organization);
            var words = doc.Tokens.Skip(doc.Blocks[b].FirstToken).Take(doc.Blocks[b].EndToken - doc.Blocks[b].FirstToken).Count(t => t.IsWord);
            if (names.Count == 0 || outlet is null || words > 4 * names.Count + 2 || doc.Blocks[b + 1].EndToken - doc.Blocks[b + 1].FirstToken > 4)
            {
                continue;
            }
            var sentence = doc.SentenceOf[doc.Blocks[b].FirstToken];
            found.AddRange(names.Select(n => new RelationDraft(RelationType.AffiliatedWith, n.Entity, outlet.Entity, null, "reporter", sentence)));
        }
    }

    /// <summary>"Associated Press writers A in Beijing and B in Tokyo contributed", "Fox News' A and B contributed": the outlet's reporters.</summary>
    private static void Credits(ResolvedArticle article, List<RelationDraft> found)
    {
        var doc = article.Document;
        foreach (var block in doc.Blocks.Where(b => b.Kind == BlockKind.Credit))
        {
            Reference? outlet = null;
            foreach (var r in article.Within(block.FirstToken, block.EndToken))
            {
                if (r.Entity.Type == EntityType.Organization)
                {
                    var next = r.End < block.EndToken ? doc.Tokens[r.End].Norm : "";
                    outlet = next is "'" or "\u2019" or "'s" or "writers" or "writer" or "reporters" or "reporter" or "correspondents" or "correspondent" or "staff" ? r : null;
                }
                else if (r.Entity.Type == EntityType.Person && outlet is not null)
                {
                    found.Add(new RelationDraft(RelationType.AffiliatedWith, r.Entity, outlet.Entity, null, "reporter", doc.SentenceOf[r.First]));
                }
            }
        }
    }

    /// <summary>
    /// The role words that open an apposition: "a senior fellow and director of ..." gives "senior fellow". A role
    /// ends with a role noun: words after the last one ("professor who specializes") are a clause, not the post,
    /// and an opening with no role noun at all gives no role.
    /// </summary>
    private string? Role(Document doc, int start, int end)
    {
        var t = start;
        if (doc.Tokens[t].Norm is "a" or "an" or "the")
        {
            t++;
        }
        var first = t;
        var last = -1;
        while (t < end && doc.Tokens[t].IsWord && !Prepositions.Contains(doc.Tokens[t].Norm) && doc.Tokens[t].Norm is not ("and" or "who" or "which" or "that" or "whose" or "whom"))
        {
            if (roleNouns.Contains(doc.Tokens[t].Norm))
            {
                last = t;
            }
            t++;
        }
        return last >= first ? doc.TextOf(first, last + 1) : null;
    }

    /// <summary>The role words right before "of/at the Org": "director of the Defense Posture Project" gives "director".</summary>
    private static string? RoleBefore(Document doc, int start, int orgFirst)
    {
        var t = orgFirst - 1;
        if (t >= start && doc.Tokens[t].Norm == "the")
        {
            t--;
        }
        if (t < start || !Prepositions.Contains(doc.Tokens[t].Norm))
        {
            return null;
        }
        var end = t;
        t--;
        while (t >= start && doc.Tokens[t].IsWord && !doc.Tokens[t].IsCapitalized && doc.Tokens[t].Norm is not ("a" or "an" or "the" or "and" or "'s") && !Prepositions.Contains(doc.Tokens[t].Norm))
        {
            t--;
        }
        return t + 1 < end ? doc.TextOf(t + 1, end) : null;
    }
}
