using Graph.Extraction.Lexicon;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>
/// Tells whether a name can be its clause's subject: not when it follows a preposition ("by Brel"), owns something
/// ("Holms' lawyer"), describes someone unnamed ("a Brandt adviser") or goes on a list that is an object.
/// </summary>
internal sealed class NameRoles(WordLists words, Document doc)
{
    /// <summary>Words before a name that make it an object, not the subject of a clause: "by Brel", "to Holm".</summary>
    private static readonly HashSet<string> Prepositions = ["by", "to", "with", "against", "at", "about", "from", "for", "of", "on", "toward", "towards", "between", "among"];

    /// <summary>Nouns for what someone said: "the words of Brel", "the remarks of the minister".</summary>
    private static readonly HashSet<string> WordsNouns = ["words", "remarks", "comments", "statement", "message", "advice", "warning"];

    /// <summary>"... by Brel, adding", "at the United Nations said": a name right after a preposition is not the subject of the verb after it.</summary>
    public bool IsObject(Reference r) => PrepositionBefore(r) is not null;

    /// <summary>
    /// Named after a preposition and so not the one speaking, unless the preposition gives the source ("a statement
    /// from the ministry said", "the words of Ana Varga ring true:") or the name governs a participle ("with Ana Varga
    /// marching up to him, saying").
    /// </summary>
    public bool IsNotSubject(Reference r) =>
        PrepositionBefore(r) is { } preposition && preposition != "from" && !OpensRelativeClause(r) && !IsAgent(r, preposition)
        && !(preposition == "with" && r.End < doc.Tokens.Count && doc.Tokens[r.End].Norm.EndsWith("ing", StringComparison.Ordinal))
        && !(preposition == "of" && r.First > 1 && WordsNouns.Contains(doc.Tokens[r.First - 2].Norm));

    /// <summary>
    /// The reference goes on a list begun at <paramref name="from"/>: only commas, "and", "or" and titles come between,
    /// and an "and" or "or" joins it ("Brel and President Varga", "Brel, Mr Holm and others"); a name between commas
    /// alone is an apposition ("the ambassador to Nordland, Ana Varga, said").
    /// </summary>
    public bool InListWith(int from, Reference r)
    {
        var joined = r.End < doc.Tokens.Count && doc.Tokens[r.End].Norm is "and" or "or";
        for (var t = from; t < r.First; t++)
        {
            if (doc.Tokens[t].Norm is "," or "and" or "or")
            {
                joined |= doc.Tokens[t].Norm != ",";
                continue;
            }
            if (words.Titles.Match(doc.Tokens, t, r.First) is not { } title)
            {
                return false;
            }
            t += title.Length - 1;
        }
        return joined;
    }

    /// <summary>"Brandt's comments, including Senator Haas, who said", "Holms' lawyer said": the owner is not the one speaking.</summary>
    public bool IsPossessor(Reference r) => r.End < doc.Tokens.Count && doc.Tokens[r.End].IsPossessiveMark && doc.Tokens[r.End].Start == doc.Tokens[r.End - 1].End;

    /// <summary>"a Brandt adviser said": a name used to describe an unnamed speaker.</summary>
    public bool IsModifier(Reference r)
    {
        var tokens = doc.Tokens;
        return r.End + 1 < tokens.Count && words.RoleNouns.Contains(tokens[r.End].Norm) && !tokens[r.End + 1].IsCapitalized;
    }

    /// <summary>"The statement issued by the Nordic Institute said:", "a report published by Ana Varga says": the author of the words.</summary>
    private bool IsAgent(Reference r, string preposition)
    {
        var by = r.First - 1;
        while (by > 0 && doc.Tokens[by].Norm != "by" && by >= r.First - 3)
        {
            by--;
        }
        return preposition == "by" && by > 0 && doc.Tokens[by].Norm == "by" && doc.Tokens[by - 1] is { Kind: TokenKind.Word, IsCapitalized: false } participle
            && participle.Norm.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>"... with Ana Varga, who declared that ...": the name is the subject of the relative clause after it.</summary>
    private bool OpensRelativeClause(Reference r)
    {
        var t = r.End < doc.Tokens.Count && doc.Tokens[r.End].Norm == "," ? r.End + 1 : r.End;
        return t < doc.Tokens.Count && doc.Tokens[t].Norm == "who";
    }

    private string? PrepositionBefore(Reference r)
    {
        var before = r.First - 1;
        for (var start = r.First - 1; start >= 0 && start >= r.First - 4; start--)
        {
            if (words.Titles.Match(doc.Tokens, start, r.First) is { } title && start + title.Length == r.First)
            {
                before = start - 1; // "for Mr Brel", "between President Tomas Brel and"
                break;
            }
        }
        if (before > 0 && doc.Tokens[before].Norm == "the")
        {
            before--;
        }
        if (before < 0 || !Prepositions.Contains(doc.Tokens[before].Norm))
        {
            return null;
        }
        // "Superintendent of Public Instruction Ana Varga", "High Commissioner for Human Rights Ana Varga": an "of" or "for"
        // inside a capitalised title is no preposition of the clause.
        return doc.Tokens[before].Norm is "of" or "for" && before > 0 && doc.Tokens[before - 1].IsCapitalized ? null : doc.Tokens[before].Norm;
    }
}
