using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Turns mentions into one entity per real thing: full names first, then surnames and capitalised single words
/// that point back to a full name, then single words that the context shows to be people ("President Brandt",
/// "Quist reported").
/// </summary>
internal sealed class EntityResolver(WordLists words)
{
    public ResolvedArticle Resolve(Document doc, IReadOnlyList<Mention> mentions)
    {
        var context = new EvidenceContext(
            mentions.Where(m => m.Kind == MentionKind.Title).ToDictionary(m => m.End, m => m.Title!),
            mentions.Where(m => m.Kind == MentionKind.Title).ToDictionary(m => m.End, m => m.First),
            doc.Tokens.Where(t => t.IsWord && !t.IsCapitalized).Select(t => t.Norm).ToHashSet(StringComparer.Ordinal));
        var article = new ResolvedArticle(doc);
        foreach (var m in mentions)
        {
            switch (m.Kind)
            {
                case MentionKind.Organization:
                    Add(article, m, EntityType.Organization, m.Key.ToLowerInvariant(), m.Organization?.Name ?? m.Key);
                    article.Get(EntityType.Organization, m.Key.ToLowerInvariant())!.IsBareHead |= m.IsBareHead && m.Organization is null;
                    break;
                case MentionKind.Country:
                    Add(article, m, EntityType.Country, m.Key, m.Key);
                    break;
                case MentionKind.Place:
                    Add(article, m, EntityType.Place, m.Key.ToLowerInvariant(), m.Key);
                    break;
            }
        }
        MergeShortOrganizationNames(article);
        var persons = mentions.Where(m => m.Kind == MentionKind.Person).ToList();
        foreach (var m in persons.Where(m => !doc.InQuote(m.First)))
        {
            var key = PersonNames.Key(m.Key);
            var draft = FindPerson(article, key) ?? NewPerson(article, key, m.Key);
            draft.FullMentions++;
            AddPerson(article, draft, m);
        }
        MarkPhotoCredits(doc, article);
        var facts = new PersonFacts();
        facts.Apply(doc, mentions, article);
        foreach (var r in article.References.Where(r => r.Entity.Type == EntityType.Person))
        {
            context.PersonStarts.Add(r.First);
            context.PersonEnds.Add(r.End);
        }
        foreach (var m in mentions.Where(m => m.Kind == MentionKind.Candidate && !m.IsAllCaps && MatchSurname(article, m) is not null))
        {
            context.PersonStarts.Add(m.First);
            context.PersonEnds.Add(m.End);
        }
        var singles = mentions.Where(m => m.Kind == MentionKind.Candidate || (m.Kind == MentionKind.Person && doc.InQuote(m.First))).ToList();
        foreach (var m in singles.Where(m => m.End - m.First == 1 && context.TitleEnds.ContainsKey(m.First) && IsTitleInsideName(doc, context, m)))
        {
            context.InstitutionWords.Add(m.Key);
        }
        foreach (var m in singles.Where(m => !m.IsAllCaps && HasPersonEvidence(doc, context, m)))
        {
            var key = PersonNames.Key(m.Key);
            var namesake = MatchSurname(article, m);
            // "President Brandt" beside a full-named namesake who is no leader ("Ilse Brandt"): a different person.
            var otherLeader = namesake is not null && context.TitleEnds.TryGetValue(m.First, out var title) && title.IsLeader
                && namesake.LeaderOf is null && !namesake.HasBareLeaderTitle;
            if (FindPerson(article, key) is null && (namesake is null || otherLeader))
            {
                NewPerson(article, key, m.Key);
            }
        }
        foreach (var m in singles)
        {
            var draft = FindPerson(article, PersonNames.Key(m.Key)) ?? (IsLoneAcronym(doc, m) ? null : MatchSurname(article, m)) ?? Acronym(article, m);
            if (draft is not null)
            {
                AddPerson(article, draft, m);
            }
            else if (m.IsAllCaps && m.End - m.First > 1)
            {
                FindInside(doc, article, m);
            }
        }
        facts.Apply(doc, mentions, article);
        article.SortReferences();
        DropCommonPhrases(doc, context, article);
        DropNamesAfterDeterminers(doc, article);
        DropPlacesAfterLocatives(doc, context, article);
        return article;
    }

    /// <summary>
    /// "the Harbour Bowl", "the Rust Plain states", "the 5th Hale District": a name that only ever follows an article or
    /// an ordinal is an event, a region, a publication or a district; a person's name takes neither, but for a
    /// person's work named after them ("the Ana Varga novel"), which a common given name tells apart. One that speaks
    /// ("the Daily Ledger reported") is a body.
    /// </summary>
    private void DropNamesAfterDeterminers(Document doc, ResolvedArticle article)
    {
        var tokens = doc.Tokens;
        foreach (var person in article.Persons.Where(p => p.NameWords.Length >= 2 && p.LeaderOf is null && !p.HasTitle && !words.GivenNameWords.Contains(p.NameWords[0])).ToList())
        {
            var references = article.References.Where(r => r.Entity == person).ToList();
            if (references.Count > 0 && references.All(r => r.End - r.First >= 2 && r.First > 0
                && (tokens[r.First - 1].Norm is "the" or "a" or "an" || IsOrdinal(tokens[r.First - 1].Norm))))
            {
                if (references.Any(r => Speaks(doc, r) || QuotesInItsSentence(doc, r)))
                {
                    article.Reclassify(person, EntityType.Organization, person.Name.ToLowerInvariant());
                }
                else
                {
                    article.Remove(person);
                }
            }
        }
    }

    /// <summary>"Tomas Holm/Reuters": a full name written only before a slash and an agency is a photographer's credit.</summary>
    private static void MarkPhotoCredits(Document doc, ResolvedArticle article)
    {
        var tokens = doc.Tokens;
        foreach (var person in article.Persons)
        {
            var references = article.References.Where(r => r.Entity == person).ToList();
            person.IsPhotoCredit = references.Count > 0 && references.All(r => r.End + 1 < tokens.Count && tokens[r.End].Norm == "/"
                && tokens[r.End].Start == tokens[r.End - 1].End && tokens[r.End + 1].IsCapitalized);
        }
    }

    /// <summary>
    /// "protesters gathered at City Hall", "the flood in Lower Vale": a name with no title that opens with no given name
    /// and holds a word the article also writes in lower case ("city", "lower") or a place's head word, written every
    /// time right after "in", "at", "near", "outside" or "inside" and never as an owner, is a place. ("screaming at Ana
    /// Varga": a person's name holds no common word.)
    /// </summary>
    private void DropPlacesAfterLocatives(Document doc, EvidenceContext context, ResolvedArticle article)
    {
        var tokens = doc.Tokens;
        foreach (var person in article.Persons.Where(p => p.NameWords.Length >= 2 && p.LeaderOf is null && !p.HasTitle && !words.GivenNameWords.Contains(p.NameWords[0])
            && p.NameWords.Any(w => context.LowerCaseWords.Contains(w) || words.PlaceHeads.Contains(w))).ToList())
        {
            var references = article.References.Where(r => r.Entity == person).ToList();
            if (references.Count > 0 && references.All(r => r.First > 0 && tokens[r.First - 1].Norm is "in" or "at" or "near" or "outside" or "inside"
                && !tokens[r.First - 1].IsCapitalized && (r.End >= tokens.Count || !tokens[r.End].IsPossessiveMark)))
            {
                article.Remove(person);
            }
        }
    }

    /// <summary>"Middlebury Institute" after "Middlebury Institute of International Studies" is the same institution.</summary>
    private void MergeShortOrganizationNames(ResolvedArticle article)
    {
        var orgs = article.Entities.Where(e => e.Type == EntityType.Organization).ToList();
        foreach (var shorter in orgs)
        {
            var longer = orgs.FirstOrDefault(o => o != shorter && article.Entities.Contains(o)
                && o.Name.StartsWith(shorter.Name + " ", StringComparison.OrdinalIgnoreCase)
                && o.Name.AsSpan(shorter.Name.Length + 1).StartsWith("of ", StringComparison.OrdinalIgnoreCase));
            if (longer is not null)
            {
                article.Merge(shorter, longer);
            }
        }
        // "the Times" after "The New York Times", "the Post" after "The Washington Post": the short name of the same outlet.
        foreach (var shorter in orgs.Where(article.Entities.Contains).ToList())
        {
            var tail = " " + WithoutThe(shorter.Name);
            var longer = orgs.FirstOrDefault(o => o != shorter && article.Entities.Contains(o) && WithoutThe(o.Name).EndsWith(tail, StringComparison.OrdinalIgnoreCase));
            if (longer is not null)
            {
                article.Merge(shorter, longer);
            }
        }
        foreach (var bare in orgs.Where(o => o.IsBareHead && article.Entities.Contains(o)).ToList())
        {
            article.Remove(bare);
        }
        // "the South Korean National Assembly" and "South Korea's National Assembly": one institution, named without the country.
        foreach (var longer in orgs.Where(article.Entities.Contains).ToList())
        {
            var shorter = orgs.FirstOrDefault(o => o != longer && article.Entities.Contains(o) && longer.Name.EndsWith(" " + o.Name, StringComparison.OrdinalIgnoreCase)
                && words.IsCountryPhrase(longer.Name[..^(o.Name.Length + 1)]));
            if (shorter is not null)
            {
                article.Merge(longer, shorter);
            }
        }
    }

    private static string WithoutThe(string name) =>
        name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;

    private static void Add(ResolvedArticle article, Mention m, EntityType type, string key, string name)
    {
        var draft = article.Get(type, key) ?? article.Add(new EntityDraft(type, key, name));
        AddMention(article, draft, m, isName: true);
    }

    private static void AddMention(ResolvedArticle article, EntityDraft draft, Mention m, bool isName)
    {
        var doc = article.Document;
        var (start, end) = m.Characters ?? (doc.Tokens[m.First].Start, doc.Tokens[m.End - 1].End);
        draft.AddSurface(doc.Text[start..end], start, end);
        draft.FirstToken = Math.Min(draft.FirstToken, m.First);
        var block = doc.Blocks[doc.Sentences[doc.SentenceOf[m.First]].Block];
        if (block.Kind is not (BlockKind.Credit or BlockKind.Caption))
        {
            draft.InCreditsOnly = false;
        }
        article.References.Add(new Reference(m.First, m.End, draft, isName));
    }

    private static void AddPerson(ResolvedArticle article, EntityDraft draft, Mention m) => AddMention(article, draft, m, isName: true);

    private static EntityDraft NewPerson(ResolvedArticle article, string key, string surface)
    {
        var canonical = PersonNames.Canonical(surface.Replace('\u2019', '\''));
        var draft = new EntityDraft(EntityType.Person, key, canonical) { NameWords = PersonNames.Words(canonical) };
        return article.Add(draft);
    }

    /// <summary>"I HAD A GOOD TALK WITH CHEN WEIMING": known names inside a run of capitals, longest first.</summary>
    private static void FindInside(Document doc, ResolvedArticle article, Mention run)
    {
        var t = run.First;
        while (t < run.End)
        {
            var matched = false;
            for (var length = Math.Min(4, run.End - t); length >= 1 && !matched; length--)
            {
                var window = new Mention(t, t + length, MentionKind.Candidate, doc.TextOf(t, t + length)) { IsAllCaps = true };
                var person = length > 1 ? FindPerson(article, PersonNames.Key(window.Key)) : MatchSurname(article, window);
                if (person is not null && (length > 1 || doc.Tokens[t].Length > 2))
                {
                    AddPerson(article, person, window);
                    t += length;
                    matched = true;
                }
            }
            if (!matched)
            {
                t++;
            }
        }
    }

    /// <summary>The person whose name has the same words, or the same first and last words ("Lena Marie Varga").</summary>
    private static EntityDraft? FindPerson(ResolvedArticle article, string key)
    {
        if (article.Get(EntityType.Person, key) is { } exact)
        {
            return exact;
        }
        var initials = PersonNames.Initials(key);
        var words = key.Split(' ').Where(word => !initials.Split(' ').Contains(word)).ToArray();
        if (words.Length < 2)
        {
            return null;
        }
        // "Maria T. Okafor" is "Maria Okafor"; "Tomas R. Varga" is not "Tomas K.L. Varga".
        return article.Persons.FirstOrDefault(p => p.NameWords.Length >= 2 && p.NameWords[0] == words[0] && p.NameWords[^1] == words[^1]
            && (initials.Length == 0 || PersonNames.Initials(p.Key) is var other && (other.Length == 0 || other == initials)));
    }

    /// <summary>
    /// A single word that is the first word (East Asian order: "Park", "Chen") or last word ("Stern") of a full name.
    /// Among several, the one named as a leader, then outside the credits, then most often, wins; a photographer named only in
    /// photo credits never does.
    /// </summary>
    private static EntityDraft? MatchSurname(ResolvedArticle article, Mention m)
    {
        var word = PersonNames.Key(m.Key);
        if (word.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }
        return article.Persons
            .Where(p => p.NameWords.Length >= 2 && (p.NameWords[0] == word || p.NameWords[^1] == word) && !p.IsPhotoCredit)
            .OrderByDescending(p => p.LeaderOf is not null || p.HasBareLeaderTitle)
            .ThenByDescending(p => !p.InCreditsOnly)
            .ThenByDescending(p => p.FullMentions)
            .ThenBy(p => p.FirstToken)
            .FirstOrDefault();
    }

    /// <summary>"the UN" beside "Ana Varga Un": a short word in capitals amid ordinary text is an acronym, not a shouted surname.</summary>
    private static bool IsLoneAcronym(Document doc, Mention m)
    {
        var tokens = doc.Tokens;
        if (m.End - m.First != 1 || !tokens[m.First].IsAllCaps || tokens[m.First].Length > 3)
        {
            return false;
        }
        bool Shouted(int k) => k >= 0 && k < tokens.Count && tokens[k].IsWord && tokens[k].IsAllCaps && tokens[k].Length > 1;
        return !Shouted(m.First - 1) && !Shouted(m.End);
    }

    private static EntityDraft? Acronym(ResolvedArticle article, Mention m) =>
        m.IsAllCaps ? article.Entities.FirstOrDefault(e => e.Type == EntityType.Organization && e.Surfaces.Contains(m.Key)) : null;

    /// <summary>A title right before it ("President Chen"), or a reporting verb right after it ("Quist reported").</summary>
    private bool HasPersonEvidence(Document doc, EvidenceContext context, Mention m)
    {
        var tokens = doc.Tokens;
        if (context.TitleEnds.TryGetValue(m.First, out var honorific) && honorific.IsHonorific)
        {
            return true; // "Mr Wells", "Ms Banks": a surname, whatever common word it spells
        }
        if (m.End - m.First == 1 && IsPluralNoun(doc, tokens[m.First], context.LowerCaseWords))
        {
            return false;
        }
        if (context.InstitutionWords.Contains(m.Key))
        {
            return false;
        }
        if (context.TitleEnds.TryGetValue(m.First, out var title))
        {
            // "the General Election", "Premier League": a word the article also writes in lower case is a common
            // noun after a title-like word; only an honorific ("Mr Brown") still makes it a name.
            return title.IsHonorific || !context.LowerCaseWords.Contains(tokens[m.First].Norm);
        }
        if (m.End < tokens.Count && words.SpeechVerbs.Contains(tokens[m.End].Norm) && doc.SentenceOf[m.End] == doc.SentenceOf[m.First] && !doc.InQuote(m.First))
        {
            // "Experts say": a common word, not a surname; "Microsoft said it would": a company speaks of itself as "it".
            return !context.LowerCaseWords.Contains(tokens[m.First].Norm) && (IsCredit(doc, m.First) || HasPersonalPronounAfter(doc, m.End));
        }
        if (m.First > 0 && tokens[m.First - 1].Norm == "said" && m.End < tokens.Count && tokens[m.End].Norm is "." or ",")
        {
            return true;
        }
        // "Dahl and Park announced": joined by "and" to a person's name.
        var joined = (m.End + 1 < tokens.Count && tokens[m.End].Norm == "and" && context.PersonStarts.Contains(m.End + 1))
            || (m.First > 1 && tokens[m.First - 1].Norm == "and" && context.PersonEnds.Contains(m.First - 1));
        // "Burt Reynolds and Oscar nominee Alan Alda": a word before a role noun modifies it and names no one.
        var modifier = m.End < tokens.Count && (words.RoleNouns.Contains(tokens[m.End].Norm) || words.Titles.Match(tokens, m.End, tokens.Count) is not null
            || (tokens[m.End].IsWord && !tokens[m.End].IsCapitalized && tokens[m.End].Norm is not ("and" or "or" or "nor") && context.PersonStarts.Contains(m.End + 1)));
        return joined && !modifier && !context.LowerCaseWords.Contains(tokens[m.First].Norm) && !doc.InQuote(m.First);
    }

    /// <summary>
    /// "Planned Parenthood", "Border Patrol", "Black Lives Matter": a name opening with a word the article also writes in
    /// lower case, or opening the name of an institution or place of the article, is a common phrase, not a person,
    /// unless something marks a person: a title or role before it, its surname used alone, "he" or "she" after it, a
    /// role in apposition.
    /// </summary>
    private void DropCommonPhrases(Document doc, EvidenceContext context, ResolvedArticle article)
    {
        foreach (var person in article.Persons.Where(p => p.NameWords.Length >= 2 && p.LeaderOf is null && !p.HasTitle && p.Gender == Gender.Unknown).ToList())
        {
            var references = article.References.Where(r => r.Entity == person).ToList();
            if (references.Count == 0 || references.Any(r => r.End - r.First == 1))
            {
                continue;
            }
            var first = doc.Tokens[references[0].First].Norm;
            // "Border Patrol", "Human Rights": a first word or a last word the article also writes in lower case.
            var last = doc.Tokens[references[0].End - 1];
            var commonLast = last.IsCapitalized && (context.LowerCaseWords.Contains(last.Norm) || IsPluralNoun(doc, last, context.LowerCaseWords)); // not "al-Varga"
            if (words.GivenNameWords.Contains(first) || !(context.LowerCaseWords.Contains(first) || words.NonNameWords.Contains(first) || commonLast || OpensOtherName(article, person)))
            {
                continue;
            }
            // "Human Rights", "Older Voices": a name made only of words the article also writes in lower case takes no
            // person's evidence from a pronoun nearby or a role after it; only a title or a role before it.
            var commonFirst = context.LowerCaseWords.Contains(first) || IsPluralNoun(doc, doc.Tokens[references[0].First], context.LowerCaseWords);
            var allCommon = commonFirst && commonLast && !words.NonNameWords.Contains(first);
            if (references.Any(r => context.TitleEnds.ContainsKey(r.First) || (r.First > 0 && words.RoleNouns.Contains(doc.Tokens[r.First - 1].Norm))
                || (!allCommon && ((r.End < doc.Tokens.Count && HasPersonalPronounAfter(doc, r.End)) || HasRoleApposition(doc, r.End)))))
            {
                continue;
            }
            if (references.Any(r => Speaks(doc, r)))
            {
                article.Reclassify(person, EntityType.Organization, person.Name.ToLowerInvariant()); // "says Older Voices": a body that speaks
            }
            else
            {
                article.Remove(person);
            }
        }
    }

    /// <summary>"Harbour Point" beside "Harbour Point Elementary School": the short name of an institution or a place of the article.</summary>
    private static bool OpensOtherName(ResolvedArticle article, EntityDraft person) =>
        article.Entities.Any(e => e.Type is EntityType.Organization or EntityType.Place && e.Name.StartsWith(person.Name + " ", StringComparison.OrdinalIgnoreCase));

    /// <summary>"The Daily Ledger gushed, \u201c...\u201d": a name outside a quote that its sentence holds, a likely speaker.</summary>
    private static bool QuotesInItsSentence(Document doc, Reference reference)
    {
        var sentence = doc.Sentences[doc.SentenceOf[reference.First]];
        return !doc.InQuote(reference.First) && Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Any(doc.InQuote);
    }

    private static bool IsOrdinal(string norm) =>
        norm.Length >= 3 && char.IsAsciiDigit(norm[0]) && norm[^2..] is "st" or "nd" or "rd" or "th" && norm[..^2].All(char.IsAsciiDigit);

    /// <summary>"Harbour Trust said", "says Harbour Trust": the name next to a speech verb in its own sentence.</summary>
    private bool Speaks(Document doc, Reference reference)
    {
        var tokens = doc.Tokens;
        var after = reference.End < tokens.Count && tokens[reference.End].Norm is "has" or "had" ? reference.End + 1 : reference.End;
        var verbAfter = after < tokens.Count && words.SpeechVerbs.Contains(tokens[after].Norm) && doc.SentenceOf[after] == doc.SentenceOf[reference.First];
        var verbBefore = reference.First > 0 && words.SpeechVerbs.Contains(tokens[reference.First - 1].Norm) && doc.SentenceOf[reference.First - 1] == doc.SentenceOf[reference.First];
        return (verbAfter || verbBefore) && !doc.InQuote(reference.First);
    }

    private bool HasRoleApposition(Document doc, int end)
    {
        if (end + 1 >= doc.Tokens.Count || doc.Tokens[end].Norm != ",")
        {
            return false;
        }
        for (var k = end + 1; k < Math.Min(doc.Tokens.Count, end + 6) && doc.Tokens[k].IsWord; k++)
        {
            if (words.RoleNouns.Contains(doc.Tokens[k].Norm))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCredit(Document doc, int token) =>
        doc.Blocks[doc.Sentences[doc.SentenceOf[token]].Block].Kind is BlockKind.Credit;

    /// <summary>"Quist said he ...", "... Quist wrote. Her report": a person is taken up by "he" or "she" in the same or next sentence.</summary>
    private static bool HasPersonalPronounAfter(Document doc, int from)
    {
        var sentence = doc.SentenceOf[from];
        for (var k = from; k < doc.Tokens.Count && doc.SentenceOf[k] <= sentence + 1; k++)
        {
            if (doc.Tokens[k].Norm is "he" or "she" or "his" or "her" or "him" or "himself" or "herself")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "MPs", "Organisers", "Reports": a plural of an acronym, or of a word the article writes in lower case
    /// ("organiser", "report"), is a common noun opening a sentence, never a surname.
    /// </summary>
    private static bool IsPluralNoun(Document doc, Token token, HashSet<string> lowerCaseWords)
    {
        var norm = token.Norm;
        if (norm.Length < 3 || norm[^1] != 's' || norm.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }
        var text = doc.Text.AsSpan(token.Start, token.Length);
        if (text[^1] == 's' && text[..^1].ToString().All(char.IsUpper))
        {
            return true;
        }
        return lowerCaseWords.Contains(norm) || lowerCaseWords.Contains(norm[..^1])
            || (norm.EndsWith("ies", StringComparison.Ordinal) && lowerCaseWords.Contains(norm[..^3] + "y"));
    }

    /// <summary>
    /// "the General Assembly", "United Nations General Assembly", "Chief Cabinet Secretary": a title word inside an
    /// institution's name, after "the" or another capitalised name word, or followed by a second title, is no title
    /// of the word after it. A country word before a title ("US President") keeps the title.
    /// </summary>
    private bool IsTitleInsideName(Document doc, EvidenceContext context, Mention m)
    {
        var tokens = doc.Tokens;
        if (m.End < tokens.Count && tokens[m.End].IsCapitalized && context.TitleStarts.ContainsValue(m.End))
        {
            return true;
        }
        // "General Motors (GM)": a bracketed acronym of the title and the word is an institution's short name.
        if (m.End + 2 < tokens.Count && tokens[m.End].Norm == "(" && tokens[m.End + 1].IsAllCaps && tokens[m.End + 2].Norm == ")")
        {
            return true;
        }
        var start = context.TitleStarts[m.First];
        if (start == 0 || doc.SentenceOf[start - 1] != doc.SentenceOf[start])
        {
            return false;
        }
        var before = tokens[start - 1];
        if (before.Norm == "the")
        {
            return !context.TitleEnds[m.First].IsHonorific;
        }
        // A common word ("As", "Nations") counts only inside a longer capitalised run ("United Nations General Assembly").
        var inRun = start >= 2 && doc.SentenceOf[start - 2] == doc.SentenceOf[start] && tokens[start - 2].IsCapitalized && NameShape.IsNameWord(tokens[start - 2]);
        return before.IsCapitalized && NameShape.IsNameWord(before) && words.CountryWords.Match(tokens, start - 1, start) is null
            && (inRun || !words.NonNameWords.Contains(before.Norm)) && !context.TitleEnds.ContainsKey(start);
    }

    /// <summary>Per-article facts the evidence test reads; kept out of fields so one resolver serves many threads.</summary>
    private sealed record EvidenceContext(Dictionary<int, TitleInfo> TitleEnds, Dictionary<int, int> TitleStarts, HashSet<string> LowerCaseWords)
    {
        public HashSet<int> PersonStarts { get; } = [];

        public HashSet<int> PersonEnds { get; } = [];

        /// <summary>Words named after a title inside an institution's name somewhere in the article ("General Assembly").</summary>
        public HashSet<string> InstitutionWords { get; } = new(StringComparer.Ordinal);
    }
}
