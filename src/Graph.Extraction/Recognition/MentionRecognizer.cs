using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Finds names in the token stream: listed countries, institutions and titles first (longest phrase wins),
/// then runs of capitalised words, which become organisations (by head word), places, persons or candidates.
/// </summary>
internal sealed class MentionRecognizer(WordLists words)
{
    private static readonly HashSet<string> Connectors = ["of", "for", "on", "and", "the", "&", "de", "des", "du", "la"];

    /// <summary>Words that open a sentence before a name ("But", "The") and never belong to it.</summary>
    private static readonly HashSet<string> Openers =
        ["later", "earlier", "meanwhile", "instead", "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "from", "with", "by", "as", "after", "before", "when", "while", "if", "so", "then", "amid", "like", "since", "during", "to", "of", "both", "neither", "nor", "yet", "meanwhile", "however", "still", "also", "even", "only", "that", "this", "these", "those", "there", "here", "where", "why", "how", "what", "who", "which", "because", "although", "though", "once", "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "would", "should", "must", "until", "unlike", "under", "over", "about", "between", "against", "despite", "without", "within", "through", "into", "onto", "upon", "via", "per", "than", "until", "whether", "unless", "whereas", "not", "no", "yes", "all", "some", "many", "most", "more", "few", "each", "every", "any", "his", "her", "its", "their", "our", "my", "your", "he", "she", "it", "they", "we", "i", "you",
         "maybe", "perhaps", "besides", "either", "add", "ask", "enter", "cue", "ignore"]; // "Maybe Varga will", "Ask Ana Varga": no name word

    /// <summary>Lower-case particles inside a surname ("de Brel", "van der Holm", "bin Rashid").</summary>
    private static readonly HashSet<string> SurnameParticles = ["de", "van", "von", "der", "den", "bin", "ibn", "da", "di", "du", "del", "della", "dos", "das", "le", "la", "ter"];

    private static readonly HashSet<string> Legislatures = ["senate", "house", "congress", "assembly", "parliament", "legislature", "commons"];

    /// <summary>Lower-case kinds of body that close the name before them, "and" and all: "the Public and Harbour Services union".</summary>
    private static readonly HashSet<string> ClosingKinds = ["union", "council", "trust"]; // not "party": "the Gay and Lesbian party" may be a gathering

    /// <summary>Heads of a minister's portfolio ("Armed Forces Minister", "Police Minister"): a field of policy, not a body of the article.</summary>
    private static readonly HashSet<string> PortfolioHeads = ["forces", "force", "army", "navy", "police", "services", "service", "corps"];

    private static readonly HashSet<string> CalendarWords =
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public List<Mention> Recognize(Document doc, (int Start, int End) skip = default)
    {
        var mentions = new List<Mention>();
        var lowerCase = doc.Tokens.Where(t => t.IsWord && !t.IsCapitalized).Select(t => t.Norm).ToHashSet(StringComparer.Ordinal);
        foreach (var block in doc.Blocks)
        {
            if (block.Kind == BlockKind.Boilerplate)
            {
                continue;
            }
            var headlineCase = block.Kind == BlockKind.Heading && LineCase.IsHeadlineCase(doc, block);
            var cards = LinkCards.Find(doc, block);
            var i = block.FirstToken;
            while (i < block.EndToken)
            {
                if ((doc.Tokens[i].End > skip.Start && doc.Tokens[i].Start < skip.End) || doc.Tokens[i].Kind == TokenKind.Punctuation
                    || cards.Exists(c => c.First <= i && i < c.End))
                {
                    i++;
                    continue;
                }
                var before = mentions.Count;
                var card = cards.FindIndex(c => c.First > i);
                i = RecognizeAt(doc, card < 0 ? block : block with { EndToken = cards[card].First }, i, mentions, lowerCase); // a name ends before a card
                if (mentions.Count == before + 1 && before > 0)
                {
                    JoinOrganizationParts(doc, mentions, lowerCase);
                }
                if (mentions.Count > before && mentions[^1].Kind == MentionKind.Person && LineCase.IsSentenceOpener(doc, mentions[^1].First, lowerCase))
                {
                    mentions[^1] = LineCase.StripOpener(doc, mentions[^1]);
                }
                if (headlineCase)
                {
                    LineCase.DemoteHeadlineNames(mentions, before);
                }
            }
        }
        return mentions;
    }

    /// <summary>
    /// "Centers for Disease Control and Prevention", "Immigration and Customs Enforcement", "Deferred Action for Childhood
    /// Arrivals": capitalised parts joined by "for", or by "and" after a common word or an institution, are one
    /// institution's name, not a person named after a connector.
    /// </summary>
    private void JoinOrganizationParts(Document doc, List<Mention> mentions, HashSet<string> lowerCase)
    {
        var last = mentions[^1];
        var previous = mentions[^2];
        var tokens = doc.Tokens;
        if (last.Kind == MentionKind.Organization && previous.Kind == MentionKind.Country && previous.End + 1 == last.First && tokens[previous.End].Norm == "-"
            && tokens[previous.End].Start == tokens[previous.End - 1].End && tokens[last.First].Start == tokens[previous.End].End)
        {
            // "U.S.-Korea Institute": a country hyphenated to an institution's name is part of it.
            mentions.RemoveRange(mentions.Count - 2, 2);
            mentions.Add(new Mention(previous.First, last.End, MentionKind.Organization, doc.TextOf(previous.First, last.End)));
            return;
        }
        if (previous.End + 1 != last.First || doc.SentenceOf[previous.First] != doc.SentenceOf[last.First]
            || last.Kind is MentionKind.Country or MentionKind.Demonym or MentionKind.Title
            || previous.Kind is MentionKind.Country or MentionKind.Demonym or MentionKind.Title || previous.Organization is not null || last.Organization is not null)
        {
            return;
        }
        var connector = tokens[previous.End].Norm;
        var commonBefore = previous.Kind == MentionKind.Candidate && previous.End - previous.First == 1 && !previous.IsAllCaps
            && lowerCase.Contains(tokens[previous.First].Norm);
        var joins = connector switch
        {
            // No person is "for" another person; "Hatred for Varga" opening a sentence is a common word and a name.
            "for" => (previous.Kind != MentionKind.Person || last.Kind == MentionKind.Person) && last.End - last.First >= 2
                && !(commonBefore && previous.First == doc.Sentences[doc.SentenceOf[previous.First]].FirstToken),
            "and" or "&" => (previous.Kind == MentionKind.Organization && previous.Key.Contains(" for ", StringComparison.Ordinal) && last.Kind == MentionKind.Candidate && last.End - last.First == 1)
                || (previous.Kind == MentionKind.Candidate && !previous.IsAllCaps && last.Kind is MentionKind.Organization or MentionKind.Person or MentionKind.Candidate
                    && last.End < tokens.Count && ClosingKinds.Contains(tokens[last.End].Norm) && !tokens[last.End].IsCapitalized) // "the Public and Harbour Services union"
                || (commonBefore && last.Kind == MentionKind.Person)
                || (previous.Kind == MentionKind.Candidate && previous.End - previous.First == 1 && !previous.IsAllCaps && last.Kind == MentionKind.Person
                    && lowerCase.Contains(tokens[last.First].Norm) && !words.GivenNameWords.Contains(tokens[last.First].Norm)), // "Customs and Border Protection"
            _ => false,
        };
        if (!joins)
        {
            return;
        }
        mentions.RemoveRange(mentions.Count - 2, 2);
        mentions.Add(new Mention(previous.First, last.End, MentionKind.Organization, doc.TextOf(previous.First, last.End)));
    }

    private int RecognizeAt(Document doc, Block block, int i, List<Mention> mentions, HashSet<string> lowerCase)
    {
        var tokens = doc.Tokens;
        var token = tokens[i];
        var limit = block.EndToken;
        var capital = token.IsCapitalized && (token.IsAllCaps || token.IsInitial || !words.CapitalsOnly.Contains(token.Norm));
        var org = capital || token.Kind == TokenKind.Number ? words.Organizations.Match(tokens, i, limit) : null;
        var country = capital ? words.CountryWords.Match(tokens, i, limit) : null;
        var title = words.Titles.Match(tokens, i, limit);
        var place = capital ? words.Places.Match(tokens, i, limit) : null;
        if (place is { } p && p.Length >= (org?.Length ?? 0) && p.Length >= (country?.Length ?? 0) && !LeadsIntoOrganization(tokens, i + p.Length, limit))
        {
            mentions.Add(new Mention(i, i + p.Length, MentionKind.Place, doc.TextOf(i, i + p.Length)));
            return i + p.Length;
        }
        var orgLength = org?.Length ?? 0;
        var countryLength = country?.Length ?? 0;
        var titleLength = title is { } t0 && (capital || IsNameAhead(tokens, i + t0.Length, limit)) ? t0.Length : 0;
        var best = Math.Max(orgLength, Math.Max(countryLength, titleLength));
        // "General Motors", "Premier Foods Group": a title-like word opening a name that ends in a head word.
        if (best > 0 && (titleLength < best || (capital && IsOrganizationHeadAt(tokens, i + best, limit))) && LeadsIntoOrganization(tokens, i + best, limit))
        {
            return RecognizeRun(doc, block, i, mentions, lowerCase);
        }
        if (best > 0 && orgLength == best)
        {
            mentions.Add(new Mention(i, i + best, MentionKind.Organization, org!.Value.Value.Name) { Organization = org.Value.Value });
            return i + best;
        }
        // A country's abbreviation ("U.S.", "UK") is never a first name: "U.S. Constitution" is no person.
        if (best > 0 && countryLength == best && country!.Value.Value.Kind != CountryWordKind.Demonym && best == 1 && !token.IsAllCaps && !token.IsInitial
            && !doc.Text.AsSpan(token.Start, token.Length).Contains('.') && IsPersonNameAhead(tokens, i + best, limit))
        {
            return RecognizeRun(doc, block, i, mentions, lowerCase); // "Kingston Reif", "Jordan Peterson": a place's name used as a first name
        }
        if (best > 0 && countryLength == best && i + best < limit && tokens[i + best].Norm == "government" && tokens[i + best].IsCapitalized
            && country!.Value.Value.Kind is CountryWordKind.Name or CountryWordKind.Demonym)
        {
            // "the UK Government", "the British Government": the state's government, named as an institution.
            mentions.Add(new Mention(i, i + best + 1, MentionKind.Organization, doc.TextOf(i, i + best + 1)));
            return i + best + 1;
        }
        if (best > 0 && countryLength == best)
        {
            var word = country!.Value.Value;
            var end = i + best;
            var kind = word.Kind switch
            {
                CountryWordKind.Name => MentionKind.Country,
                CountryWordKind.Demonym => MentionKind.Demonym,
                _ => CapitalUse.IsGovernment(tokens, i, end, block.FirstToken, limit) ? MentionKind.Country : MentionKind.Place,
            };
            var key = kind == MentionKind.Place ? doc.TextOf(i, end) : word.Country.Name;
            mentions.Add(new Mention(i, end, kind, key) { Country = word.Country });
            return end;
        }
        if (best == 0 && token.Norm is "north" or "south" && i > block.FirstToken && tokens[i - 1].Norm == "the" && token.IsCapitalized
            && (i + 1 >= limit || !tokens[i + 1].IsCapitalized) && words.Countries.FirstOrDefault(c => c.Name.StartsWith(token.Norm == "north" ? "North " : "South ", StringComparison.Ordinal) && MentionedIn(doc, c)) is { } half)
        {
            // "the North", "the South": the half of a divided country the article names elsewhere.
            mentions.Add(new Mention(i, i + 1, MentionKind.Country, half.Name) { Country = half });
            return i + 1;
        }
        if (titleLength > 0)
        {
            mentions.Add(new Mention(i, i + titleLength, MentionKind.Title, title!.Value.Value.Text) { Title = title.Value.Value });
            return i + titleLength;
        }
        if (NumberedNameLength(tokens, i, block.FirstToken, limit) is > 0 and var numbered)
        {
            mentions.Add(new Mention(i, i + numbered, MentionKind.Organization, doc.TextOf(i, i + numbered)));
            return i + numbered;
        }
        return capital ? RecognizeRun(doc, block, i, mentions, lowerCase) : i + 1;
    }

    /// <summary>
    /// "analysts at 17 Harbour", "the website 9 Ridge", "9 Ridge, a website run by": a name opening with a number, right
    /// after a kind of organisation, after a post and "at", "of" or "with", or before a kind in apposition, is a body's
    /// name; the words after the number are its name words.
    /// </summary>
    private int NumberedNameLength(IReadOnlyList<Token> tokens, int i, int blockFirst, int limit)
    {
        if (tokens[i].Kind != TokenKind.Number || tokens[i].Length > 3 || !tokens[i].Norm.All(char.IsAsciiDigit))
        {
            return 0;
        }
        var end = i + 1;
        while (end < limit && end - i <= 2 && NameShape.IsNameWord(tokens[end]) && !tokens[end].IsAllCaps && !CalendarWords.Contains(tokens[end].Norm)
               && !words.PlaceHeads.Contains(tokens[end].Norm) && words.Titles.Match(tokens, end, limit) is null)
        {
            end++;
        }
        if (end == i + 1 || (end < limit && (NameShape.IsNameWord(tokens[end]) || tokens[end].Kind == TokenKind.Number)))
        {
            return 0;
        }
        var before = i > blockFirst ? tokens[i - 1].Norm : "";
        var kind = words.OrganizationKinds.Contains(before) || before is "site" or "project" or "monitor";
        var post = before is "at" or "of" or "with" && i - 2 >= blockFirst && (IsRoleWord(tokens[i - 2]) || tokens[i - 2].Norm is "experts" or "researchers");
        return kind || post || OrganizationContext.IsKindInApposition(tokens, end, words.OrganizationKinds, words.RoleNouns) ? end - i : 0;
    }

    private int RecognizeRun(Document doc, Block block, int start, List<Mention> mentions, HashSet<string> lowerCase)
    {
        var tokens = doc.Tokens;
        var limit = block.EndToken;
        var end = start + 1;
        while (end < limit && NameShape.IsNameWord(tokens[end]) && (words.Titles.Match(tokens, end, limit) is null || IsSurnameBeforeSuffix(tokens, start, end, limit) || IsTitleWordAsSurname(tokens, start, end, limit))
               && (!StartsCountryWord(tokens, end, limit) || IsOrganizationHeadAt(tokens, end + 1, limit) || IsOrganizationHeadAt(tokens, end + 2, limit)
                   || IsSurnameAfterGivenName(tokens, start, end, limit)))
        {
            end++;
        }
        if (end == start + 1 && ParticlesBeforeSurname(tokens, start, end, limit) is > 0 and var particles)
        {
            // "Ana de Brel", "Lena von der Holm", "Omar bin Rashid": the surname after its particles, then the run goes on.
            end += particles + 1;
            while (end < limit && NameShape.IsNameWord(tokens[end]) && words.Titles.Match(tokens, end, limit) is null && !StartsCountryWord(tokens, end, limit))
            {
                end++;
            }
        }
        if (end == start + 1 && IsNewBeforeCountry(tokens, start, limit))
        {
            // "New Canada", "New Ireland": "New" before a country's name makes a name of its own, not the country, and no
            // person's: an institution where people work ("a fellow at New Canada"), else a place.
            var kind = start > block.FirstToken && tokens[start - 1].Norm is "at" or "of" or "from" or "for" or "with" or "joined" ? MentionKind.Organization : MentionKind.Place;
            mentions.Add(new Mention(start, start + 2, kind, doc.TextOf(start, start + 2)));
            return start + 2;
        }
        var first = start;
        while (first < end && Openers.Contains(tokens[first].Norm))
        {
            first++;
        }
        if (first == end)
        {
            return end;
        }
        if (first > start)
        {
            return RecognizeAt(doc, block, first, mentions, lowerCase);
        }
        if (end - first >= 3 && IsNicknameAt(tokens, first, end, limit))
        {
            end--; // "Ana Varga Anna (Ana) Maria Varga": a scraped name card; the given name before the nickname opens the legal name
        }
        // "Vantor plc", "Kelder GmbH": a legal form after the name, in any case, makes a company of the run.
        if (end < limit && !tokens[end].IsCapitalized && tokens[end].IsWord && words.CompanySuffixes.Contains(tokens[end].Norm))
        {
            end++;
        }
        if (end - first >= 2 && words.CompanySuffixes.Contains(tokens[end - 1].Norm) && !words.NonNameWords.Contains(tokens[first].Norm))
        {
            mentions.Add(new Mention(first, end, MentionKind.Organization, doc.TextOf(first, end)));
            return end;
        }
        var head = -1;
        for (var k = first; k < end; k++)
        {
            if (IsOrganizationHead(tokens[k]))
            {
                head = k;
            }
        }
        if (head >= 0 && PortfolioHeads.Contains(tokens[head].Norm) && end < limit && tokens[end].Norm == "minister" && tokens[end].IsCapitalized)
        {
            return end; // "Armed Forces Minister Omar Rashid": the portfolio names no organisation
        }
        if (head > first + 1 && IsSentenceOpeningNew(doc, first, limit) && tokens[head].Norm != "party" && end < limit
            && (IsRoleWord(tokens[end]) || words.Titles.Match(tokens, end, limit) is not null))
        {
            first++; // "New Harbour Police Commissioner Ada Quist": the adjective opening the sentence is no part of the name
        }
        if (head >= 0 && (head == first || end - first <= 2) && first > block.FirstToken && IsOrdinal(tokens[first - 1]))
        {
            // "the 8th Circuit", "the 3rd Circuit Court of Appeals", "the 82nd Airborne Division": an ordinal before a
            // short name or one that opens with its head word belongs to it; "the 50th Harbour Economic Forum" is an edition.
            end = ExtendOrganizationTail(tokens, end, limit);
            mentions.Add(new Mention(first - 1, end, MentionKind.Organization, doc.TextOf(first - 1, end)));
            return end;
        }
        if (head == end - 2 && head > first && words.RoleNouns.Contains(tokens[end - 1].Norm))
        {
            // "Harbour Bureau Chief", "Oslo Office Director": the post after the institution's head word is no part of its name.
            mentions.Add(new Mention(first, head + 1, MentionKind.Organization, doc.TextOf(first, head + 1)));
            return end;
        }
        if (head == first && end - first == 1 && first > block.FirstToken && tokens[first - 1].Norm == "the" && !IsOfAhead(tokens, end, limit))
        {
            mentions.Add(new Mention(first, end, MentionKind.Organization, doc.TextOf(first, end)) { IsBareHead = true }); // "the Times"
            return end;
        }
        // "Instituto Sierra Alta", "ISP Netwave": a leading head word, or a kind of organisation written in capitals
        // before the name, makes an organisation of the run.
        if (end - first >= 2 && words.LeadingOrganizationHeads.Contains(tokens[first].Norm) && !tokens[first].IsAllCaps)
        {
            mentions.Add(new Mention(first, end, MentionKind.Organization, doc.TextOf(first, end)));
            return end;
        }
        if (end - first >= 2 && tokens[first].IsAllCaps && words.OrganizationKinds.Contains(tokens[first].Norm) && !words.OrganizationHeads.Contains(tokens[first + 1].Norm) && head < 0)
        {
            mentions.Add(new Mention(first + 1, end, MentionKind.Organization, doc.TextOf(first + 1, end)));
            return end;
        }
        if (head == end - 1 && Legislatures.Contains(tokens[head].Norm) && words.Parties.Match(tokens, first, head) is { } majority && first + majority.Length == head)
        {
            // "the Republican Senate": the chamber its majority controls, named without the party.
            mentions.Add(new Mention(head, end, MentionKind.Organization, doc.TextOf(head, end)));
            return end;
        }
        if (head >= 0 && head > first && head + 2 < end && (words.RoleNouns.Contains(tokens[head + 1].Norm) || AfterRoleInsideRun(tokens, head + 1, end) > head + 1))
        {
            // "Capital Radio DJ Ana Varga", "Harbour Gazette Senior Correspondent Ana Varga": a post after the
            // organisation's head word opens the name of its holder.
            mentions.Add(new Mention(first, head + 1, MentionKind.Organization, doc.TextOf(first, head + 1)));
            return head + 1;
        }
        if (head >= 0 && (head > first || IsOfAhead(tokens, end, limit)))
        {
            if (head == end - 1 && end < limit && tokens[end].Kind == TokenKind.Number && tokens[end].Length <= 2)
            {
                end++; // "Harbour Radio 4": a station's or channel's number is part of its name
            }
            end = ExtendOrganizationTail(tokens, end, limit);
            mentions.Add(new Mention(first, end, MentionKind.Organization, doc.TextOf(first, end)));
            AddAcronym(doc, end, limit, mentions);
            return end;
        }
        if ((words.PlaceHeads.Contains(tokens[end - 1].Norm) || words.PlacePrefixes.Contains(tokens[first].Norm)) && end - first > 1)
        {
            mentions.Add(new Mention(first, end, MentionKind.Place, doc.TextOf(first, end)));
            return end;
        }
        while (first < end && (words.NonNameWords.Contains(tokens[first].Norm) || IsRoleWord(tokens[first])))
        {
            first++; // "Correspondent Ada Quist", "Adviser-designate Ada Quist"
        }
        first = AfterRoleInsideRun(tokens, first, end);
        // "Tycoon Ana Maria Varga", "Add Tomas Brel": a word the article also writes in lower case, before a common given
        // name, describes the person or belongs to the page around the name.
        if (end - first >= 3 && !tokens[first].IsAllCaps && lowerCase.Contains(tokens[first].Norm) && !words.GivenNameWords.Contains(tokens[first].Norm)
            && words.GivenNameWords.Contains(tokens[first + 1].Norm))
        {
            first++;
        }
        var last = end;
        while (last > first && words.NonNameWords.Contains(tokens[last - 1].Norm) && !IsSurnameMay(tokens, first, last, limit))
        {
            last--;
        }
        // Scraped name boxes repeat a name ("Ivo Stern Ivo Peter Stern", "Varga Lena Varga"): keep one.
        if (last - first >= 2 && tokens[first].Norm == tokens[last - 1].Norm)
        {
            first++;
        }
        for (var k = first + 2; k < last; k++)
        {
            if (tokens[k].Norm == tokens[first].Norm)
            {
                last = k;
                break;
            }
        }
        if (last - first >= 3 && RepeatsSurname(doc, first, last, end, limit))
        {
            last = first + 2; // "Tomas Brel Tomasz Anton Brel": the legal name of a name card run into the known one
        }
        // "Windows XP", "Ivo Stern QC": a word in capitals after ordinary ones is a product code or letters after a
        // name, never a surname.
        if (last - first >= 2 && !tokens[first].IsAllCaps && tokens[last - 1].IsAllCaps && !tokens[last - 1].IsInitial && tokens[last - 1].Length >= 2)
        {
            last--;
        }
        if (last - first >= 2 && !tokens[first].IsAllCaps && !IsSurnameMay(tokens, first, last, limit) && Enumerable.Range(first, last - first).Any(k => words.NonNameWords.Contains(tokens[k].Norm)))
        {
            mentions.Add(new Mention(first, last, MentionKind.Place, doc.TextOf(first, last))); // "Paekhwawon State Guest"
        }
        else if (last - first >= 2 && (!tokens[first].IsAllCaps || tokens[first].IsInitial))
        {
            mentions.Add(new Mention(first, last, MentionKind.Person, doc.TextOf(first, last)));
        }
        else if (last > first)
        {
            var allCaps = tokens[first].IsAllCaps;
            mentions.Add(new Mention(first, last, MentionKind.Candidate, doc.TextOf(first, last)) { IsAllCaps = allCaps });
        }
        return end;
    }

    /// <summary>"New" opening a sentence and no place's or country's name ("New York", "New Zealand").</summary>
    private bool IsSentenceOpeningNew(Document doc, int first, int limit) =>
        doc.Tokens[first].Norm == "new" && !doc.Tokens[first].IsAllCaps && doc.Sentences[doc.SentenceOf[first]].FirstToken == first
        && words.Places.Match(doc.Tokens, first, limit) is null && !StartsCountryWord(doc.Tokens, first, limit);

    /// <summary>A post, posts, or a post to be taken up ("adviser-designate", "president-elect").</summary>
    private bool IsRoleWord(Token token)
    {
        var norm = token.Norm;
        var dash = norm.LastIndexOf('-');
        // "Senators Ana Varga and Tomas Brel": the plural of a post too.
        return words.RoleNouns.Contains(norm) || (norm.Length > 3 && norm[^1] == 's' && words.RoleNouns.Contains(norm[..^1]))
            || (dash > 0 && norm[(dash + 1)..] is "designate" or "elect" && words.RoleNouns.Contains(norm[..dash]));
    }

    /// <summary>
    /// "Political Correspondent Ivo Stern", "Senior Adviser Ana Varga": a post inside the run, after words that are no
    /// given name and before two name words, ends the words that describe the post; the name starts after it.
    /// </summary>
    private int AfterRoleInsideRun(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var k = first + 1; k + 3 <= end; k++)
        {
            if (words.GivenNameWords.Contains(tokens[k - 1].Norm))
            {
                return first;
            }
            if (IsRoleWord(tokens[k]))
            {
                return k + 1;
            }
        }
        return first;
    }

    /// <summary>"(Ana)" after a legal given name, in brackets, the name's first word again and the rest of the name after it.</summary>
    private static bool IsNicknameAt(IReadOnlyList<Token> tokens, int first, int index, int limit) =>
        index + 3 < limit && tokens[index].Norm == "(" && tokens[index + 1].Norm == tokens[first].Norm && !tokens[index + 1].IsAllCaps
        && tokens[index + 2].Norm == ")" && tokens[index + 3].IsCapitalized;

    /// <summary>
    /// The second word of a name comes back later in the run, or opens the word run together with it ("BrelGOP"):
    /// two names of one person written one after the other.
    /// </summary>
    private static bool RepeatsSurname(Document doc, int first, int last, int end, int limit)
    {
        var tokens = doc.Tokens;
        var surname = tokens[first + 1].Norm;
        for (var k = first + 3; k < last; k++)
        {
            if (tokens[k].Norm == surname)
            {
                return true;
            }
        }
        return last == end && end < limit && tokens[end].InnerCapitalAt > 0 && NameShape.IsRunTogether(tokens[end])
            && doc.Text.AsSpan(tokens[end].Start, tokens[end].InnerCapitalAt).Equals(surname, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Theresa May said": "May" is a surname after a given name when no date follows ("in May 2005") and the word
    /// before is a name, not a calendar or function word ("Last May", "In May").
    /// </summary>
    private bool IsSurnameMay(IReadOnlyList<Token> tokens, int first, int last, int limit) =>
        last - first == 2 && tokens[last - 1].Norm == "may" && !tokens[last - 1].IsAllCaps && !tokens[first].IsAllCaps
        && !words.NonNameWords.Contains(tokens[first].Norm) && !CalendarWords.Contains(tokens[first].Norm)
        && (last >= limit || tokens[last].Kind != TokenKind.Number);

    /// <summary>"Stockholm International Peace Research Institute", "ASEAN Regional Forum": a listed name opening an institution's name.</summary>
    private bool LeadsIntoOrganization(IReadOnlyList<Token> tokens, int index, int limit)
    {
        if (index < limit && words.Organizations.Match(tokens, index, limit) is not null)
        {
            return false; // "U.S. State Department": the country, then the listed institution
        }
        for (var k = index; k < limit && NameShape.IsNameWord(tokens[k]); k++)
        {
            if (IsOrganizationHead(tokens[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool MentionedIn(Document doc, CountryInfo country) =>
        doc.Text.Contains(country.Name, StringComparison.Ordinal);

    /// <summary>A country's name starts here; "Rok" in "Han Su Rok" is not "ROK".</summary>
    private bool StartsCountryWord(IReadOnlyList<Token> tokens, int index, int limit) =>
        (tokens[index].IsAllCaps || tokens[index].IsInitial || !words.CapitalsOnly.Contains(tokens[index].Norm))
        && words.CountryWords.Match(tokens, index, limit) is not null;

    private bool IsNewBeforeCountry(IReadOnlyList<Token> tokens, int start, int limit) =>
        tokens[start].Norm == "new" && !tokens[start].IsAllCaps && start + 1 < limit && StartsCountryWord(tokens, start + 1, limit)
        && words.CountryWords.Match(tokens, start + 1, limit) is { Length: 1, Value.Kind: CountryWordKind.Name } && !tokens[start + 1].IsAllCaps
        && !tokens[start + 1].Norm.Contains('.') && (start + 2 >= limit || !NameShape.IsNameWord(tokens[start + 2]));

    /// <summary>"Martin Luther King Jr.": a title's word after two name words and before "Jr." is a surname.</summary>
    private static bool IsSurnameBeforeSuffix(IReadOnlyList<Token> tokens, int start, int end, int limit) =>
        end - start >= 2 && end + 1 < limit && tokens[end + 1].Norm is "jr." or "jr" or "sr." or "sr";

    /// <summary>
    /// "Ana Luisa King said", "Tomas Prince's company": a one-word title after two name words, or after a common given
    /// name, with no name after it, is a surname.
    /// </summary>
    private bool IsTitleWordAsSurname(IReadOnlyList<Token> tokens, int start, int end, int limit) =>
        (end - start >= 2 || words.GivenNameWords.Contains(tokens[start].Norm)) && !tokens[start].IsAllCaps && !tokens[end].IsAllCaps
        && words.Titles.Match(tokens, end, limit) is { Length: 1 } && (end + 1 >= limit || !NameShape.IsNameWord(tokens[end + 1]))
        && Enumerable.Range(start, end - start).All(k => words.Titles.Match(tokens, k, limit) is null && !words.NonNameWords.Contains(tokens[k].Norm));

    /// <summary>"Jim Jordan": a one-word country name right after a given name, ending the run, is a surname.</summary>
    private bool IsSurnameAfterGivenName(IReadOnlyList<Token> tokens, int start, int end, int limit) =>
        end - start == 1 && !tokens[start].IsAllCaps && !tokens[end].IsAllCaps && !tokens[end].IsInitial && !tokens[end].Norm.Contains('.') && !words.NonNameWords.Contains(tokens[start].Norm) && words.CountryWords.Match(tokens, end, limit) is { Length: 1, Value.Kind: CountryWordKind.Name }
        && (end + 1 >= limit || !NameShape.IsNameWord(tokens[end + 1])) && words.CountryWords.Match(tokens, start, limit) is null;

    private bool IsPersonNameAhead(IReadOnlyList<Token> tokens, int index, int limit) =>
        index < limit && NameShape.IsNameWord(tokens[index]) && !tokens[index].IsAllCaps && !IsOrganizationHead(tokens[index])
        && !words.PlaceHeads.Contains(tokens[index].Norm) && !words.NonNameWords.Contains(tokens[index].Norm)
        && words.Organizations.Match(tokens, index, limit) is null && !StartsCountryWord(tokens, index, limit) && words.Titles.Match(tokens, index, limit) is null;

    private static bool IsNameAhead(IReadOnlyList<Token> tokens, int index, int limit) =>
        index < limit && tokens[index].IsCapitalized;

    private static bool IsOfAhead(IReadOnlyList<Token> tokens, int index, int limit) =>
        index + 1 < limit && tokens[index].Norm is "of" or "for" or "on" && (tokens[index + 1].IsCapitalized || tokens[index + 1].Kind == TokenKind.Number);

    /// <summary>"9th", "21st", "3rd": a number written as an ordinal.</summary>
    private static bool IsOrdinal(Token token)
    {
        var norm = token.Norm;
        return norm.Length >= 3 && char.IsAsciiDigit(norm[0]) && norm[^2..] is "st" or "nd" or "rd" or "th" && norm[..^2].All(char.IsAsciiDigit);
    }

    private bool IsOrganizationHead(Token token) => token.IsCapitalized && words.OrganizationHeads.Contains(token.Norm);

    /// <summary>
    /// How many lower-case particles ("de", "von der", "bin") stand between a one-word given name at
    /// <paramref name="start"/> and a capitalised surname: none when the first word opens a place or an organisation
    /// ("Puerto de ...", "Banco de ...") or the word after the particles is a country ("Tour de France").
    /// </summary>
    private int ParticlesBeforeSurname(IReadOnlyList<Token> tokens, int start, int end, int limit)
    {
        var first = tokens[start];
        if (first.IsAllCaps || words.PlacePrefixes.Contains(first.Norm) || IsOrganizationHead(first) || words.LeadingOrganizationHeads.Contains(first.Norm)
            || words.NonNameWords.Contains(first.Norm) || words.Titles.Match(tokens, start, limit) is not null)
        {
            return 0;
        }
        var k = end;
        while (k < limit && k - end < 2 && !tokens[k].IsCapitalized && SurnameParticles.Contains(tokens[k].Norm))
        {
            k++;
        }
        return k > end && k < limit && NameShape.IsNameWord(tokens[k]) && tokens[k].IsCapitalized && !tokens[k].IsAllCaps
            && !StartsCountryWord(tokens, k, limit) && !IsOrganizationHead(tokens[k]) && words.Titles.Match(tokens, k, limit) is null
            ? k - end
            : 0;
    }

    private bool IsOrganizationHeadAt(IReadOnlyList<Token> tokens, int index, int limit) =>
        index < limit && IsOrganizationHead(tokens[index]);

    /// <summary>"Ministry" + "of Foreign Affairs", "University" + "of Political Science and Law".</summary>
    private static int ExtendOrganizationTail(IReadOnlyList<Token> tokens, int end, int limit)
    {
        if (!IsOfAhead(tokens, end, limit))
        {
            return end;
        }
        var k = end + 1;
        while (k < limit)
        {
            if ((tokens[k].IsCapitalized || tokens[k].Kind == TokenKind.Number) && !CalendarWords.Contains(tokens[k].Norm))
            {
                end = ++k;
            }
            else if (Connectors.Contains(tokens[k].Norm) && k + 1 < limit && tokens[k + 1].IsCapitalized)
            {
                k++;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    /// <summary>"Federation of American Scientists (FAS)": the acronym becomes a second name of the organisation.</summary>
    private static void AddAcronym(Document doc, int end, int limit, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        if (end + 2 < limit && tokens[end].Norm == "(" && tokens[end + 1].IsAllCaps && tokens[end + 2].Norm == ")")
        {
            var org = mentions[^1];
            mentions.Add(new Mention(end + 1, end + 2, MentionKind.Organization, org.Key) { IsAllCaps = true });
        }
    }
}
