using Graph.Core.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// MET from meeting words: "met with X", "a summit with X", "talks between X and Y", "the Park-Dahl summit".
/// The subject is the nearest person before the cue who is not already the other party; "will", "planned",
/// "scheduled", "invited", "called off" and the like make it planned; "did not", a phone call or a letter, no meeting.
/// </summary>
internal sealed class MeetingFinder(WordLists words)
{
    private readonly MeetingCircumstances circumstances = new(words);
    private readonly MeetingClauses clauses = new(words);

    private const int ObjectReach = 7;

    public IEnumerable<RelationDraft> Find(ResolvedArticle article)
    {
        var doc = article.Document;
        var found = new List<RelationDraft>();
        foreach (var sentence in doc.Sentences)
        {
            if (doc.Blocks[sentence.Block].Kind is BlockKind.Boilerplate or BlockKind.Credit)
            {
                continue;
            }
            var persons = article.Within(sentence.FirstToken, sentence.EndToken).Where(r => r.Entity.Type == EntityType.Person).ToList();
            if (persons.Select(p => p.Entity).Distinct().Count() < 2)
            {
                continue;
            }
            var objects = new HashSet<EntityDraft>();
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (words.MeetingCues.Match(doc.Tokens, t, sentence.EndToken) is not { } cue || (doc.Tokens[t].IsCapitalized && t > sentence.FirstToken))
                {
                    continue; // "Meet the Press" is a programme, not a meeting
                }
                Cue(article, sentence, persons, t, cue.Length, cue.Value, objects, found);
            }
        }
        return found;
    }

    private void Cue(ResolvedArticle article, Sentence sentence, List<Reference> persons, int cue, int length, bool isNoun, HashSet<EntityDraft> objects, List<RelationDraft> found)
    {
        var doc = article.Document;
        var tokens = doc.Tokens;
        if (MeetingClauses.IsHostNoun(article, tokens, sentence, cue) || MeetingCircumstances.IsNegated(doc, sentence, cue) || MeetingCircumstances.IsRemote(doc, sentence, cue, length) || MeetingCircumstances.IsSpeculation(doc, sentence, cue))
        {
            return;
        }
        // "After meeting Dahl in Riga, Park flew home": a gerund opening its clause takes an object like the verb.
        var gerund = isNoun && MeetingClauses.IsOpeningGerund(tokens, sentence, cue);
        isNoun &= !gerund;
        var status = !isNoun && MeetingCircumstances.IsPast(doc, sentence, cue) ? MeetingStatus.Held
            : circumstances.IsPlanned(doc, sentence, cue, length) ? MeetingStatus.Planned : MeetingStatus.Held;
        var after = cue + length;
        if (isNoun && cue > sentence.FirstToken && Compound(article, persons, cue - 1) is { } pair)
        {
            found.Add(new RelationDraft(RelationType.Met, pair.A, pair.B, status, null, sentence.Index));
            return;
        }
        // "a summit on Friday with X", "a meeting in May or June with X", "met on Friday and again on Saturday with X"
        after = PastTimePhrase(tokens, sentence, after);
        var word = after < sentence.EndToken ? tokens[after].Norm : "";
        if (isNoun && word is not ("with" or "between") && cue > sentence.FirstToken && tokens[cue - 1].Norm == "their"
            && persons.Where(p => p.End <= cue && !doc.InQuote(p.First)).Select(p => p.Entity).Distinct().ToList() is { Count: 2 } two)
        {
            // "Varga will try to convince Brel to allow inspections during their meeting": the two people named before it,
            // and a "will" anywhere before it makes the meeting planned.
            var willBefore = Enumerable.Range(sentence.FirstToken, cue - sentence.FirstToken).Any(k => tokens[k].Norm is "will" or "would" or "'ll");
            found.Add(new RelationDraft(RelationType.Met, two[0], two[1], willBefore ? MeetingStatus.Planned : status, null, sentence.Index));
            return;
        }
        if (isNoun && word is not ("with" or "between"))
        {
            // "Kessler and Chen held a summit in March": a meeting noun held by two people joined before it.
            if (Owner(article, sentence, persons, cue) is not null && JoinedBefore(doc, persons, cue) is { } joined)
            {
                found.Add(new RelationDraft(RelationType.Met, joined.A, joined.B, status, null, sentence.Index));
            }
            return;
        }
        if (tokens[cue].Norm == "see" && !(cue > 0 && tokens[cue - 1].Norm == "to"))
        {
            return;
        }
        var others = persons.Where(p => p.First >= after && p.First < after + ObjectReach && clauses.LeadsTo(doc, after, p.First)).ToList();
        if (word == "between")
        {
            // "a summit between Canada's Dahl and China's Chen": the two people on either side of "and".
            var first = others.FirstOrDefault();
            var second = first is null ? null : persons.FirstOrDefault(p => p.First > first.End && p.First <= first.End + 5 && tokens[first.End].Norm == "and" && clauses.LeadsTo(doc, first.End + 1, p.First));
            if (first is not null && second is not null && first.Entity != second.Entity)
            {
                // "a summit between X and North Korean leader Y may go ahead": the tense is read after both names.
                var spanned = circumstances.IsPlanned(doc, sentence, cue, second.End - cue) ? MeetingStatus.Planned : status;
                found.Add(new RelationDraft(RelationType.Met, first.Entity, second.Entity, spanned, null, sentence.Index));
            }
            return;
        }
        // "welcomed Park's offer", "met Park's sister": a possessive object is not the person met.
        var other = others.FirstOrDefault() is { } o && !(o.End < sentence.EndToken && tokens[o.End].Norm == "'s") ? o.Entity : null;
        // A possessor ("Brandt's CIA director") or a modifier ("Varga administration officials") is not the one meeting anybody.
        var before = persons.Where(p => p.End <= cue && !(p.End < tokens.Count && tokens[p.End].Norm == "'s") && !IsModifier(tokens, p.End)).Reverse().ToList();
        if (other is null)
        {
            // "Park and Brandt agreed to hold a meeting": two people joined before the cue.
            if (JoinedBefore(doc, persons, cue) is { } joined)
            {
                found.Add(new RelationDraft(RelationType.Met, joined.A, joined.B, status, null, sentence.Index));
            }
            return;
        }
        var nearestReference = before.FirstOrDefault(p => p.Entity != other && !objects.Contains(p.Entity));
        if (gerund && nearestReference is null)
        {
            nearestReference = MeetingClauses.SubjectAfterClause(tokens, sentence, persons, others[0]);
        }
        else if (!isNoun && !gerund && nearestReference is not null && MeetingClauses.IsFronted(tokens, sentence, nearestReference.End, cue))
        {
            return; // "Besides Park and Dahl, members met with Brel": the names are not the ones meeting
        }
        var nearest = nearestReference?.Entity;
        var subject = isNoun ? Owner(article, sentence, persons, cue) ?? (InsideOfPhrase(tokens, sentence, cue) ? null : nearest) : nearest;
        if (isNoun && subject is null && nearestReference is null && MeetingClauses.OpensSentence(tokens, sentence, cue))
        {
            subject = MeetingClauses.SubjectAfterClause(tokens, sentence, persons, others[0])?.Entity; // "During talks with Dahl, Park pressed for access"
        }
        // "met King Dahl and Crown Prince Brel": everyone the list names; "Park and Brandt met with Dahl": both subjects.
        var met = clauses.ListedAfter(doc, sentence, persons, others[0]).Select(p => p.Entity).Prepend(other).Distinct().ToList();
        var subjects = new List<EntityDraft?> { subject };
        if (!isNoun && nearestReference is not null && subject == nearest && MeetingClauses.JoinedTo(doc, persons, nearestReference) is { } partner)
        {
            subjects.Add(partner);
        }
        objects.UnionWith(met);
        foreach (var one in subjects.OfType<EntityDraft>().Distinct())
        {
            foreach (var person in met.Where(p => p != one && !subjects.Contains(p)))
            {
                found.Add(new RelationDraft(RelationType.Met, one, person, status, null, sentence.Index));
            }
        }
    }

    /// <summary>"Varga administration officials were meeting": a name before a group noun describes the group; "the Varga administration's summit" stays its own.</summary>
    private static bool IsModifier(IReadOnlyList<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end].Norm is "administration" or "officials" or "campaign" or "aides" or "team" or "regime" or "government"
        && tokens[end + 1].Norm != "'s";

    /// <summary>Where "with" stands after a time phrase following a meeting noun: "summit on Friday with", "meeting in May or June with".</summary>
    private static int PastTimePhrase(IReadOnlyList<Token> tokens, Sentence sentence, int after)
    {
        if (after >= sentence.EndToken || !(tokens[after].Norm is "on" or "in" or "next" or "this" or "last" or "later" or "early" or "late" || Scheduling.Contains(tokens[after].Norm)))
        {
            return after;
        }
        for (var t = after; t < Math.Min(sentence.EndToken, after + 8); t++)
        {
            if (tokens[t].Norm is "with" or "between")
            {
                return t;
            }
            var timeWord = tokens[t].Kind == TokenKind.Number || tokens[t].Norm is "on" or "in" or "next" or "this" or "last" or "later" or "early" or "late" or "or" or "and" or "again" or "month" or "week" or "year"
                || MeetingClauses.CalendarWords.Contains(tokens[t].Norm) || Scheduling.Contains(tokens[t].Norm);
            if (!timeWord)
            {
                return after;
            }
        }
        return after;
    }

    /// <summary>"the summit planned for June 12 between", "a meeting scheduled for May with".</summary>
    private static readonly HashSet<string> Scheduling = ["planned", "scheduled", "slated", "set", "due", "for", "held", "expected"];

    /// <summary>"Park and Brandt agreed to hold a meeting": the two people joined by "and" last before the cue.</summary>
    private (EntityDraft A, EntityDraft B)? JoinedBefore(Document doc, List<Reference> persons, int cue)
    {
        var tokens = doc.Tokens;
        var before = persons.Where(p => p.End <= cue && !(p.End < tokens.Count && tokens[p.End].Norm == "'s")).Reverse().ToList();
        return before.Count >= 2 && before[0].Entity != before[1].Entity && tokens[before[1].End].Norm == "and" && clauses.LeadsTo(doc, before[1].End + 1, before[0].First)
            ? (before[1].Entity, before[0].Entity)
            : null;
    }

    /// <summary>
    /// Whose meeting a meeting noun is: "Brandt's summit with Park", "his talks with Park" (the pronoun's person),
    /// or the subject of "held talks with", "hold a summit with".
    /// </summary>
    private EntityDraft? Owner(ResolvedArticle article, Sentence sentence, List<Reference> persons, int cue)
    {
        var tokens = article.Document.Tokens;
        for (var t = cue - 1; t >= sentence.FirstToken && t >= cue - 4; t--)
        {
            var norm = tokens[t].Norm;
            if (norm == "'s")
            {
                return persons.LastOrDefault(p => p.End == t)?.Entity;
            }
            if (norm is "his" or "her" or "their")
            {
                return SpeakerBefore(article, persons, t) ?? persons.FirstOrDefault(p => p.End <= t)?.Entity;
            }
            if (norm is "hold" or "held" or "holds" or "holding" or "have" or "had" or "attend" or "attended" or "attending" or "host" or "hosted" or "hosting")
            {
                return persons.LastOrDefault(p => p.End <= t)?.Entity;
            }
        }
        return null;
    }

    /// <summary>"Chen reported that \"his meeting ...\"": a possessive pronoun after a reporting verb is its subject's.</summary>
    private EntityDraft? SpeakerBefore(ResolvedArticle article, List<Reference> persons, int token)
    {
        var tokens = article.Document.Tokens;
        for (var v = token - 1; v >= 0 && v >= token - 12; v--)
        {
            if (words.SpeechVerbs.Contains(tokens[v].Norm))
            {
                return persons.LastOrDefault(p => p.End == v || p.End == v - 1)?.Entity;
            }
        }
        return null;
    }

    /// <summary>"in the middle of talks with Park": a meeting named inside an "of" phrase is nobody's in particular.</summary>
    private static bool InsideOfPhrase(IReadOnlyList<Token> tokens, Sentence sentence, int cue)
    {
        for (var t = cue - 1; t >= sentence.FirstToken && t >= cue - 3; t--)
        {
            if (tokens[t].Norm == "of")
            {
                return true;
            }
            if (tokens[t].Norm is not ("a" or "an" or "the") && !tokens[t].Norm.EndsWith("ed", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"the Park-Dahl summit": one hyphenated word made of two people's names.</summary>
    private static (EntityDraft A, EntityDraft B)? Compound(ResolvedArticle article, List<Reference> persons, int token)
    {
        var doc = article.Document;
        var parts = doc.Tokens[token].Norm.Split('-');
        if (parts.Length != 2)
        {
            return null;
        }
        var a = article.Persons.FirstOrDefault(p => p.NameWords.Length > 0 && (p.NameWords[0] == parts[0] || p.NameWords[^1] == parts[0]) && persons.Count > 0);
        var b = article.Persons.FirstOrDefault(p => p.NameWords.Length > 0 && (p.NameWords[0] == parts[1] || p.NameWords[^1] == parts[1]));
        return a is not null && b is not null && a != b ? (a, b) : null;
    }

}
