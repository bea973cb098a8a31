namespace Graph.Extraction.Text;

/// <summary>
/// Finds quotations in one paragraph: straight and curly double marks (a straight mark may close a curly one),
/// and single curly marks when the paragraph has no double ones. Nested marks stay inside the outer quote.
/// </summary>
internal static class QuoteFinder
{
    public static IEnumerable<(int Open, int Close, int ContentStart, int ContentEnd, bool Closed)> Find(string text, int start, int end)
    {
        var found = new List<(int, int, int, bool)>();
        var open = -1;
        var hasDouble = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('"' or '\u201c' or '\u201d' or '\u201e'))
            {
                continue;
            }
            hasDouble = true;
            if (c == '"' && open >= 0 && text[open] != '"' && NestedInCurly(text, i, end))
            {
                continue; // “When I would never call him "short," he said”: straight marks nest inside a curly quote
            }
            if (open < 0)
            {
                if (c != '\u201d')
                {
                    open = i;
                }
            }
            else if (c == '"' && text[i - 1] == ' ' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                // A straight mark after a space and before a word opens: the quote before it ran on from a paragraph
                // that was joined to this one ('... this matter. "Mr Stern and I ...').
                found.Add((open, open + 1, i, false));
                open = i;
            }
            else if (c != '\u201c' || text[open] == '"')
            {
                found.Add((open, open + 1, i, true));
                open = -1;
            }
            else
            {
                // A second opening curly mark: the first quote was left open, as at a paragraph break inside a quote.
                found.Add((open, open + 1, i, false));
                open = i;
            }
        }
        if (open >= 0)
        {
            found.Add((open, open + 1, end, false));
        }
        if (!hasDouble)
        {
            FindSingle(text, start, end, found);
        }
        return found.Select(f => Trim(text, f));
    }

    /// <summary>A straight mark inside an open curly quote nests when that quote's own closing mark comes before any new opening one.</summary>
    private static bool NestedInCurly(string text, int at, int end)
    {
        var close = text.IndexOf('\u201d', at, end - at);
        var reopen = text.IndexOf('\u201c', at, end - at);
        return close >= 0 && (reopen < 0 || close < reopen);
    }

    private static void FindSingle(string text, int start, int end, List<(int, int, int, bool)> found)
    {
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\u2018' && open < 0 && (i == start || !char.IsLetterOrDigit(text[i - 1])))
            {
                open = i;
            }
            else if (c == '\u2019' && open >= 0 && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])) && char.IsLetterOrDigit(text[i - 1]) | text[i - 1] is '.' or ',' or '!' or '?')
            {
                found.Add((open, open + 1, i, true));
                open = -1;
            }
        }
    }

    private static (int, int, int, int, bool) Trim(string text, (int Open, int Start, int End, bool Closed) q)
    {
        var s = q.Start;
        var e = q.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        return (q.Open, q.End, s, e, q.Closed);
    }
}
