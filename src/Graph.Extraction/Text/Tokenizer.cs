namespace Graph.Extraction.Text;

/// <summary>
/// Splits text into words, numbers and punctuation. Keeps "U.S.", "H.R." and "Mr." whole, keeps hyphenated
/// and apostrophised words whole ("Jae-in", "didn't"), and splits the possessive ending into its own token.
/// </summary>
internal sealed class Tokenizer(IReadOnlySet<string> abbreviations)
{
    /// <summary>"Vienna-based", "U.S.-led": the name before these endings is a name of its own.</summary>
    private static readonly string[] AttachedEndings = ["based", "led", "backed", "born", "made", "owned", "funded", "run", "style", "era", "linked", "affiliated", "sponsored", "allied", "aligned", "controlled", "bound", "brokered", "hosted", "organized", "supported", "friendly", "centric", "focused", "specific", "wide", "related", "inspired", "level"];

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, tokens);
                continue;
            }
            tokens.Add(Make(text, i, i + 1, TokenKind.Punctuation));
            i++;
        }
        return tokens;
    }

    private int ReadWord(string text, int start, List<Token> tokens)
    {
        var i = start;
        var digits = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                digits &= char.IsDigit(c);
                i++;
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if ((c is '-' or '\u2010' or '\u2011') && char.IsLetterOrDigit(next))
            {
                if (char.IsLower(next) && i - start >= 2 && (IsAllCaps(text.AsSpan(start, i - start)) || (char.IsUpper(text[start]) && EndsAttached(text, i + 1))))
                {
                    break; // "NATO-backed", "Vienna-based": the name stands alone
                }
                i++;
                continue;
            }
            if (c is '\'' or '\u2019' && char.IsLetter(next))
            {
                var isPossessive = next is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));
                if (isPossessive || IsContraction(text, i + 1))
                {
                    break;
                }
                i++;
                continue;
            }
            if (c is '.' or ',' && digits && char.IsDigit(next))
            {
                i++;
                continue;
            }
            break;
        }
        i = ExtendAbbreviation(text, start, i);
        tokens.Add(Make(text, start, i, digits ? TokenKind.Number : TokenKind.Word));
        if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && text[i + 1] is 's' or 'S'
            && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
        {
            tokens.Add(Make(text, i, i + 2, TokenKind.Word));
            i += 2;
        }
        else if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && IsContraction(text, i + 1))
        {
            var end = i + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
            tokens.Add(Make(text, i, end, TokenKind.Word));
            i = end;
        }
        return i;
    }

    /// <summary>Takes in the period of "H.", "U.S.", "D.C." and of listed abbreviations such as "Mr.".</summary>
    private int ExtendAbbreviation(string text, int start, int end)
    {
        if (end >= text.Length || text[end] != '.')
        {
            return end;
        }
        var length = end - start;
        if (length == 1 && char.IsLetter(text[start]))
        {
            var i = end + 1;
            // Letter-period runs: U.S., U.N., H.R., D.C.
            while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.')
            {
                i += 2;
            }
            if (i > end + 1 && i < text.Length && char.IsUpper(text[i]) && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                i++; // "U.S" written without its last period
            }
            return i;
        }
        return abbreviations.Contains(text.Substring(start, length)) ? end + 1 : end;
    }

    private static Token Make(string text, int start, int end, TokenKind kind)
    {
        var span = text.AsSpan(start, end - start);
        var norm = string.Create(span.Length, (text, start), static (dest, state) =>
        {
            for (var k = 0; k < dest.Length; k++)
            {
                var ch = state.text[state.start + k];
                dest[k] = ch is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(ch);
            }
        });
        var cap = kind == TokenKind.Word && char.IsUpper(span[0]);
        var allCaps = cap && span.Length > 1 && IsAllCaps(span);
        var initial = cap && IsInitials(span);
        if (initial && span.Length >= 6)
        {
            norm = norm.Replace(".", "", StringComparison.Ordinal); // "C.I.A." is matched as "cia"
        }
        return new Token(start, end, kind, norm, cap, allCaps, initial, cap && !allCaps ? InnerCapital(span) : -1);
    }

    /// <summary>"he'll", "they're", "we've", "I'd", "I'm": the ending is a word of its own ("will", "are").</summary>
    private static bool IsContraction(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        var word = text.AsSpan(start, end - start);
        return word is "ll" or "re" or "ve" or "d" or "m" or "LL" or "RE" or "VE" or "D" or "M";
    }

    private static bool EndsAttached(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        var word = text.AsSpan(start, end - start);
        foreach (var ending in AttachedEndings)
        {
            if (word.SequenceEqual(ending))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where a capital follows a lower-case letter, skipping name prefixes such as Mc, Mac, De, Di, La, Le; a capital
    /// after such a prefix still counts ("McBrelGOP": a name run into the next word).
    /// </summary>
    private static int InnerCapital(ReadOnlySpan<char> span)
    {
        for (var k = 1; k < span.Length; k++)
        {
            if (char.IsUpper(span[k]) && char.IsLower(span[k - 1]))
            {
                var prefix = span[..k];
                if (prefix is not ("Mc" or "Mac" or "De" or "Di" or "La" or "Le" or "Du" or "Van" or "Von" or "Da"))
                {
                    return k;
                }
            }
            if (span[k] is '-' or '\'' or '\u2019')
            {
                return -1;
            }
        }
        return -1;
    }

    private static bool IsInitials(ReadOnlySpan<char> span)
    {
        if (span.Length < 2 || span.Length % 2 != 0)
        {
            return false;
        }
        for (var k = 0; k < span.Length; k += 2)
        {
            if (!char.IsUpper(span[k]) || span[k + 1] != '.')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> span)
    {
        var letters = 0;
        foreach (var ch in span)
        {
            if (char.IsLower(ch))
            {
                return false;
            }
            if (char.IsLetter(ch))
            {
                letters++;
            }
        }
        return letters > 1;
    }
}
