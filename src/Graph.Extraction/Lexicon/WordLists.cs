using Graph.Extraction.Text;

namespace Graph.Extraction.Lexicon;

/// <summary>Every word list the extractor uses, loaded once from the embedded data files and then read-only.</summary>
internal sealed class WordLists
{
    public WordLists()
    {
        Abbreviations = Set("abbreviations.txt", lower: false);
        Tokenizer = new Tokenizer(Abbreviations);
        SpeechVerbs = Set("speech-verbs.txt");
        OrganizationHeads = Set("organization-heads.txt");
        PlaceHeads = Set("place-heads.txt");
        NonNameWords = Set("non-name-words.txt");
        PlannedMarkers = Set("planned-markers.txt");
        RoleNouns = Set("role-nouns.txt");
        PlacePrefixes = Set("place-prefixes.txt");
        OrganizationKinds = Set("organization-kinds.txt");
        LeadingOrganizationHeads = Set("organization-leading-heads.txt");
        CompanySuffixes = Set("company-suffixes.txt");
        GivenNameWords = Set("given-name-words.txt").Union(Set("given-names.txt")).ToHashSet(StringComparer.Ordinal);
        foreach (var place in EmbeddedData.Lines("places.txt"))
        {
            AddPhrase(Places, place.Trim(), place.Trim());
        }
        foreach (var fields in EmbeddedData.Lines("countries.tsv").Select(EmbeddedData.Fields))
        {
            var country = new CountryInfo(fields[0], EmbeddedData.Items(fields, 1), EmbeddedData.Items(fields, 2), EmbeddedData.Items(fields, 3));
            Countries.Add(country);
            AddPhrase(CountryWords, country.Name, new CountryWord(country, CountryWordKind.Name));
            foreach (var name in country.OtherNames)
            {
                AddPhrase(CountryWords, name, new CountryWord(country, CountryWordKind.Name));
            }
            foreach (var demonym in country.Demonyms)
            {
                AddPhrase(CountryWords, demonym, new CountryWord(country, CountryWordKind.Demonym));
            }
            foreach (var capital in country.Capitals)
            {
                AddPhrase(CountryWords, capital, new CountryWord(country, CountryWordKind.Capital));
            }
        }
        foreach (var fields in EmbeddedData.Lines("titles.tsv").Select(EmbeddedData.Fields))
        {
            var flags = fields.Length > 1 ? fields[1] : "";
            var gender = flags.Contains("female", StringComparison.Ordinal) ? Gender.Female
                : flags.Contains("male", StringComparison.Ordinal) ? Gender.Male : Gender.Unknown;
            AddPhrase(Titles, fields[0], new TitleInfo(fields[0], flags.Contains("leader", StringComparison.Ordinal), flags.Contains("honorific", StringComparison.Ordinal), gender));
        }
        foreach (var fields in EmbeddedData.Lines("organizations.tsv").Select(EmbeddedData.Fields))
        {
            var info = new OrganizationInfo(fields[0], fields.Length > 2 && fields[2] == "outlet", fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null);
            AddPhrase(Organizations, fields[0], info);
            foreach (var alias in EmbeddedData.Items(fields, 1))
            {
                AddPhrase(Organizations, alias, info);
            }
            if (info.Country is not null)
            {
                InstitutionCountries[info.Name] = info.Country;
            }
            if (info.IsOutlet)
            {
                Outlets.Add(info);
            }
        }
        foreach (var fields in EmbeddedData.Lines("parties.tsv").Select(EmbeddedData.Fields))
        {
            var party = new PartyInfo(fields[0], fields.Length > 2 && fields[2].Length > 0 ? fields[2] : null, fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null);
            AddPhrase(Parties, fields[0], party);
            foreach (var word in EmbeddedData.Items(fields, 1))
            {
                AddPhrase(Parties, word, party);
            }
            Tagged.AddRange(party.Letter is null ? [] : [party]);
            if (party.Country is not null)
            {
                PartyCountries[party.Name] = party.Country;
            }
        }
        foreach (var fields in EmbeddedData.Lines("title-institutions.tsv").Select(EmbeddedData.Fields))
        {
            AddPhrase(Posts, fields[0], new PostInfo(fields[0], EmbeddedData.Items(fields, 1), fields.Length > 2 && fields[2].Length > 0 ? fields[2] : null));
        }
        foreach (var fields in EmbeddedData.Lines("meeting-cues.tsv").Select(EmbeddedData.Fields))
        {
            AddPhrase(MeetingCues, fields[0], fields.Length > 1 && fields[1] == "noun");
        }
    }

    public Tokenizer Tokenizer { get; }

    public IReadOnlySet<string> Abbreviations { get; }

    public IReadOnlySet<string> SpeechVerbs { get; }

    public IReadOnlySet<string> OrganizationHeads { get; }

    public IReadOnlySet<string> PlaceHeads { get; }

    public IReadOnlySet<string> NonNameWords { get; }

    public IReadOnlySet<string> PlannedMarkers { get; }

    public IReadOnlySet<string> RoleNouns { get; }

    public IReadOnlySet<string> PlacePrefixes { get; }

    public IReadOnlySet<string> OrganizationKinds { get; }

    /// <summary>Head words that open an organisation's name in other languages ("Instituto", "Fundación").</summary>
    public IReadOnlySet<string> LeadingOrganizationHeads { get; }

    /// <summary>Common given names, those that are also common words ("Bill", "Hope") among them: a sign of a person's name.</summary>
    public IReadOnlySet<string> GivenNameWords { get; }

    /// <summary>Legal forms written after a company's name ("plc", "AG", "GmbH").</summary>
    public IReadOnlySet<string> CompanySuffixes { get; }

    /// <summary>Places that are not countries: states, provinces, large cities, regions.</summary>
    public PhraseTable<string> Places { get; } = new();

    public List<CountryInfo> Countries { get; } = [];

    public List<OrganizationInfo> Outlets { get; } = [];

    public PhraseTable<CountryWord> CountryWords { get; } = new();

    public PhraseTable<TitleInfo> Titles { get; } = new();

    public PhraseTable<OrganizationInfo> Organizations { get; } = new();

    /// <summary>Political parties by their full names and the words for their members ("Tory", "Democrat", "Lib Dem").</summary>
    public PhraseTable<PartyInfo> Parties { get; } = new();

    /// <summary>A state's own institutions by full name ("Downing Street" → United Kingdom): they tell whose politics an article is about.</summary>
    public Dictionary<string, string> InstitutionCountries { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The country of each party whose country is known, by the party's full name.</summary>
    public Dictionary<string, string> PartyCountries { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Government posts and the institutions their holders work in ("Home Secretary" → Home Office).</summary>
    public PhraseTable<PostInfo> Posts { get; } = new();

    /// <summary>The parties written as a letter in "(R-Texas)", "(D-Calif.)".</summary>
    public List<PartyInfo> Tagged { get; } = [];

    /// <summary>Meeting words; the value says whether the cue is a noun ("summit with") rather than a verb ("met").</summary>
    public PhraseTable<bool> MeetingCues { get; } = new();

    /// <summary>Abbreviations written in capitals in the lists ("ROK", "WHO"): they match only capitals in the text.</summary>
    public HashSet<string> CapitalsOnly { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the whole text is one country word: "U.S.", "North Korean", "China's".</summary>
    public bool IsCountryPhrase(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return tokens.Count > 0 && CountryWords.Match(tokens, 0, tokens.Count) is { } match && match.Length == tokens.Count;
    }

    private void AddPhrase<T>(PhraseTable<T> table, string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 1 && tokens[0].IsAllCaps && !tokens[0].IsInitial)
        {
            CapitalsOnly.Add(tokens[0].Norm);
        }
        table.Add(tokens, value);
    }

    private static HashSet<string> Set(string file, bool lower = true) =>
        EmbeddedData.Lines(file)
            .Select(l => l.Trim())
            .Select(l => lower ? l.ToLowerInvariant().Replace('\u2019', '\'') : l)
            .ToHashSet(StringComparer.Ordinal);
}
