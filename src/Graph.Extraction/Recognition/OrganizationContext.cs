using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Companies and bodies whose names carry no head word ("Ovum", "Electronic Arts", "BT") show themselves by
/// context: "BT's chief executive", "an analyst at Ovum", "Electronic Arts' managing director". Such names are
/// turned into organisations before people are resolved, together with their other mentions.
/// </summary>
internal sealed class OrganizationContext(IReadOnlySet<string> kinds, IReadOnlySet<string> roleNouns, IReadOnlySet<string> speechVerbs, IReadOnlySet<string> heads)
{
    private static readonly HashSet<string> Employers = ["at", "of", "for", "with", "from"];

    /// <summary>Posts only a company or body has: people have advisers and secretaries too, but no chief executive.</summary>
    private static readonly HashSet<string> CorporateRoles = ["executive", "director", "boss", "founder", "owner", "chairman", "ceo", "shareholders", "employees", "analysts", "analyst"];

    /// <summary>Jobs held at a body, never for a person: "an energy specialist for Civic Watch", "a fellow at Harbour Trust".</summary>
    private static readonly HashSet<string> EmployerRoles =
        [.. CorporateRoles, "specialist", "fellow", "researcher", "economist", "scholar", "professor", "lecturer", "scientist", "engineer", "physicist"];

    public void Apply(Document doc, List<Mention> mentions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        // Words of people's full names and names given a title are people, whatever they own.
        var personal = mentions.Where(m => m.Kind == MentionKind.Person).SelectMany(m => m.Key.Split(' ')).ToHashSet(StringComparer.Ordinal);
        foreach (var title in mentions.Where(m => m.Kind == MentionKind.Title))
        {
            personal.UnionWith(mentions.Where(m => m.First == title.End).Select(m => m.Key));
        }
        var lowerCase = doc.Tokens.Where(t => t.IsWord && !t.IsCapitalized).Select(t => t.Norm).ToHashSet(StringComparer.Ordinal);
        var personEnds = mentions.Where(m => m.Kind == MentionKind.Person).Select(m => m.End).ToHashSet();
        foreach (var m in mentions.Where(m => m.Kind is MentionKind.Candidate or MentionKind.Person && !doc.InQuote(m.First) && !personal.Contains(m.Key)))
        {
            if (IsOwnerOfRole(doc, m) || IsEmployerOfRole(doc, m) || IsNamedKind(doc, m) || IsAcronymBeforeRole(doc, m) || IsSpeakingAcronym(doc, m)
                || (StandsAlone(doc.Tokens, m) && (IsListedKind(doc, m) || IsKindInApposition(doc.Tokens, m.End, kinds, roleNouns)))
                || IsEmployerOfPerson(doc, m, personEnds, lowerCase) || IsAcronymOfRole(doc, m) || IsKindAfterThe(doc, m))
            {
                names.Add(m.Key);
            }
        }
        if (names.Count == 0)
        {
            return;
        }
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Kind is MentionKind.Candidate or MentionKind.Person && names.Contains(m.Key))
            {
                mentions[k] = m with { Kind = MentionKind.Organization };
            }
        }
    }

    /// <summary>"Vantor, Inc., a firm": the legal form after a name is no name of its own.</summary>
    private static readonly HashSet<string> LegalForms = ["inc", "inc.", "corp", "corp.", "ltd", "ltd.", "co", "co.", "llc", "plc"];

    /// <summary>Words that may follow the kind in "Kelder, a website run by ...", "Vantor, a firm based in ...".</summary>
    private static readonly HashSet<string> AfterKind = [",", ".", ";", "run", "based", "that", "which", "in", "founded", "owned", "funded", "focused", "with", "specializing", "specialising", "headquartered"];

    /// <summary>
    /// "Kelder, a website run by a university", "Vantor, a Harbour-based think tank,": a kind of organisation in
    /// apposition right after the name.
    /// </summary>
    public static bool IsKindInApposition(IReadOnlyList<Token> tokens, int end, IReadOnlySet<string> kinds, IReadOnlySet<string> roleNouns)
    {
        if (end + 2 >= tokens.Count || tokens[end].Norm != "," || tokens[end + 1].Norm is not ("a" or "an"))
        {
            return false;
        }
        for (var k = end + 2; k < tokens.Count && k <= end + 6 && (tokens[k].IsWord || tokens[k].Norm == "-"); k++)
        {
            if (roleNouns.Contains(tokens[k].Norm) || tokens[k].Norm is "at" or "for" or "of" or "with" or "in" or "from" or "to" or "on" or "by")
            {
                return false; // "Ana Varga, a strategist at Harbour Bank": a person's job at a body
            }
            var kind = kinds.Contains(tokens[k].Norm) || (tokens[k].Norm == "tank" && tokens[k - 1].Norm == "think");
            if (kind)
            {
                return k + 1 < tokens.Count && AfterKind.Contains(tokens[k + 1].Norm);
            }
        }
        return false;
    }

    /// <summary>
    /// The whole of a name, not the tail or the head of a longer one the recogniser cut ("Harbour for Reform", "Ana's
    /// List", "Kelder &amp; Vantor").
    /// </summary>
    private static bool StandsAlone(IReadOnlyList<Token> tokens, Mention m)
    {
        var freeBefore = m.First == 0 || (!(tokens[m.First - 1].IsCapitalized && tokens[m.First - 1].IsWord)
            && tokens[m.First - 1].Norm is not ("'s" or "'" or "for" or "of" or "&" or "-")) && !LegalForms.Contains(tokens[m.First].Norm);
        var freeAfter = m.End >= tokens.Count || (!(tokens[m.End].IsCapitalized && tokens[m.End].IsWord) && tokens[m.End].Norm is not ("'s" or "'" or "&" or "of" or "for"));
        return freeBefore && freeAfter;
    }

    /// <summary>
    /// "defence contractors such as Vantor and Kelder", "banks including Harbour Trust": names listed after the plural
    /// of a kind of organisation.
    /// </summary>
    private bool IsListedKind(Document doc, Mention m)
    {
        var tokens = doc.Tokens;
        var k = m.First - 1;
        if (k < 1)
        {
            return false;
        }
        // Back over the earlier names of the list: "Vantor, Kelder and".
        while (k > 0 && (tokens[k].Norm is "," or "and" or "or" || (tokens[k].IsCapitalized && tokens[k].IsWord)) && doc.SentenceOf[k] == doc.SentenceOf[m.First])
        {
            k--;
        }
        var cue = k >= 1 && tokens[k - 1].Norm == "such" && tokens[k].Norm == "as" ? k - 2
            : tokens[k].Norm is "including" or "like" ? k - 1 : -1;
        return cue >= 0 && IsPluralKind(tokens[cue].Norm);
    }

    private bool IsPluralKind(string norm) =>
        norm == "contractors" || norm.Length > 3 && norm[^1] == 's' && (kinds.Contains(norm[..^1]) || (norm.EndsWith("ies", StringComparison.Ordinal) && kinds.Contains(norm[..^3] + "y")));

    /// <summary>
    /// "Tomas Brel of Civic Harbour said", "Ana Varga, at Civic Watch,": a name of common words or an acronym right after
    /// a person's full name and "of", "at" or "from" is where the person works.
    /// </summary>
    private static bool IsEmployerOfPerson(Document doc, Mention m, HashSet<int> personEnds, HashSet<string> lowerCase)
    {
        var tokens = doc.Tokens;
        var t = m.First > 0 && tokens[m.First - 1].Norm == "the" ? m.First - 2 : m.First - 1;
        if (t < 1 || tokens[t].Norm is not ("of" or "at" or "from") || m.End >= tokens.Count || tokens[m.End].Norm is not ("," or "." or "said" or "says" or ")" or "who"))
        {
            return false;
        }
        var end = tokens[t - 1].Norm == "," ? t - 1 : t;
        // A name of common words ("Civic Harbour", the article writes "civic"), or an acronym: not a person's name.
        return personEnds.Contains(end) && (tokens[m.First].IsAllCaps ? m.End - m.First == 1 : m.End - m.First >= 2 && lowerCase.Contains(tokens[m.First].Norm));
    }

    /// <summary>"general secretary of the TUC", "a spokesman for the CBI": an acronym after "the" held by a post.</summary>
    private bool IsAcronymOfRole(Document doc, Mention m)
    {
        var tokens = doc.Tokens;
        var t = m.First - 2;
        return m.End - m.First == 1 && tokens[m.First].IsAllCaps && !tokens[m.First].IsInitial && tokens[m.First].Length is >= 2 and <= 5
            && t >= 1 && tokens[m.First - 1].Norm == "the" && Employers.Contains(tokens[t].Norm) && (roleNouns.Contains(tokens[t - 1].Norm) || tokens[t - 1].Norm is "member" or "members")
            && (m.End >= tokens.Count || !tokens[m.End].IsWord || speechVerbs.Contains(tokens[m.End].Norm) || tokens[m.End].Norm is "and" or "in" or "on" or "which" or "who"); // not "the KLF community"
    }

    /// <summary>
    /// "the Harbour Aid group said", "the Vantor company": a kind of organisation after "the" and the name. Not a
    /// product's kind ("the Harbourcare website", "the Vantor brand"), nor a group after one word ("the Varga group" are
    /// a candidate's supporters).
    /// </summary>
    private bool IsKindAfterThe(Document doc, Mention m)
    {
        var tokens = doc.Tokens;
        var kind = m.End < tokens.Count ? tokens[m.End].Norm : "";
        return m.First > 0 && tokens[m.First - 1].Norm == "the" && m.End + 1 < tokens.Count && !tokens[m.End].IsCapitalized && tokens[m.End].IsWord
            && kinds.Contains(kind) && kind is not ("website" or "brand" or "label") && (kind != "group" || m.End - m.First >= 2 || tokens[m.First].IsAllCaps || tokens[m.First].Norm.Any(char.IsAsciiDigit))
            && !tokens[m.End + 1].IsCapitalized && !roleNouns.Contains(tokens[m.End + 1].Norm);
    }

    /// <summary>"telecom regulator Ofcom", "research firm Ovum": a kind of organisation right before the name.</summary>
    private bool IsNamedKind(Document doc, Mention m) =>
        m.First > 0 && kinds.Contains(doc.Tokens[m.First - 1].Norm);

    /// <summary>
    /// "BT said in a statement", "AMD has said": an unknown acronym that speaks is a company or body; people are
    /// not written in capitals in running text (headline-case lines are marked and skipped).
    /// </summary>
    private bool IsSpeakingAcronym(Document doc, Mention m)
    {
        var tokens = doc.Tokens;
        if (m.End - m.First != 1 || !tokens[m.First].IsAllCaps || tokens[m.First].IsInitial || tokens[m.First].Length is < 2 or > 5)
        {
            return false;
        }
        var verb = m.End < tokens.Count && tokens[m.End].Norm is "has" or "had" ? m.End + 1 : m.End;
        if (verb >= tokens.Count || !speechVerbs.Contains(tokens[verb].Norm) || tokens[verb].IsAllCaps || doc.SentenceOf[verb] != doc.SentenceOf[m.First] || doc.InQuote(m.First))
        {
            return false;
        }
        // "TRUMP SAID", "NEVER": a word written elsewhere in ordinary case is shouted, not an acronym.
        var norm = tokens[m.First].Norm;
        return !tokens.Any(t => t.Norm == norm && !t.IsAllCaps) && (m.First == 0 || !tokens[m.First - 1].IsAllCaps || !tokens[m.First - 1].IsWord);
    }

    /// <summary>"BT chief executive Ben ...": an unknown acronym before a post and a name.</summary>
    private bool IsAcronymBeforeRole(Document doc, Mention m)
    {
        var tokens = doc.Tokens;
        // "TV presenter Ana Varga": a head word in capitals ("TV", "BBC Radio") says what the person works in, not where.
        if (!tokens[m.First].IsAllCaps || m.End - m.First != 1 || tokens[m.First].Length > 5 || heads.Contains(tokens[m.First].Norm))
        {
            return false;
        }
        for (var k = m.End; k < tokens.Count && k <= m.End + 2; k++)
        {
            if (roleNouns.Contains(tokens[k].Norm))
            {
                return k + 1 < tokens.Count && (tokens[k + 1].IsCapitalized || roleNouns.Contains(tokens[k + 1].Norm));
            }
        }
        return false;
    }

    /// <summary>"BT's chief executive", "Electronic Arts' managing director".</summary>
    private static bool IsOwnerOfRole(Document doc, Mention m)
    {
        var tokens = doc.Tokens;
        var t = m.End;
        if (t >= tokens.Count || !tokens[t].IsPossessiveMark)
        {
            return false;
        }
        for (var k = t + 1; k < tokens.Count && k <= t + 3; k++)
        {
            if (CorporateRoles.Contains(tokens[k].Norm) || IsGeneralSecretary(tokens, k))
            {
                return true;
            }
            if (tokens[k].IsCapitalized || tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"Kelmor's general secretary", "Kelmor's secretary general": a union's or a body's post, never a person's.</summary>
    private static bool IsGeneralSecretary(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && ((tokens[k].Norm == "general" && tokens[k + 1].Norm == "secretary") || (tokens[k].Norm == "secretary" && tokens[k + 1].Norm == "general"));

    /// <summary>
    /// "an analyst at Ovum", "chief executive of Plus.net", "a specialist for Civic Watch", "general secretary of Kelmor"
    /// (a secretary alone may be a person's).
    /// </summary>
    private static bool IsEmployerOfRole(Document doc, Mention m)
    {
        var tokens = doc.Tokens;
        var t = m.First - 1;
        return t > 0 && Employers.Contains(tokens[t].Norm) && (EmployerRoles.Contains(tokens[t - 1].Norm) || (t > 1 && tokens[t - 1].Norm == "secretary" && tokens[t - 2].Norm == "general"))
            && (m.End >= tokens.Count || tokens[m.End].Norm is "," or "." or "said" or "says" or "and" or "in" or "who");
    }
}
