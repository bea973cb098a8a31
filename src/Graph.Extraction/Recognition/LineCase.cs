using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>Capitals that say nothing about names: headline-case lines and common words opening a sentence.</summary>
internal static class LineCase
{
    /// <summary>A line in Title Case or capitals ("Park Ji-seon Says He Will ..."): its capitals say nothing about names.</summary>
    public static bool IsHeadlineCase(Document doc, Block block)
    {
        var words = 0;
        var capitalized = 0;
        for (var t = block.FirstToken; t < block.EndToken; t++)
        {
            var token = doc.Tokens[t];
            if (token.IsWord && token.Length > 3)
            {
                words++;
                capitalized += token.IsCapitalized ? 1 : 0;
            }
        }
        return words >= 3 && capitalized * 10 >= words * 7;
    }

    /// <summary>In a headline-case line only listed names stand; other runs are kept as candidates for names read elsewhere.</summary>
    public static void DemoteHeadlineNames(List<Mention> mentions, int from)
    {
        for (var k = from; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if ((m.Kind == MentionKind.Person) || (m.Kind is MentionKind.Organization or MentionKind.Place && m.Organization is null && m.Country is null))
            {
                mentions[k] = m with { Kind = MentionKind.Candidate, IsAllCaps = true };
            }
        }
    }

    /// <summary>"Hopefully Park Ji Seon", "Will Brandt": a common word capitalised only because it opens the sentence.</summary>
    public static bool IsSentenceOpener(Document doc, int token, HashSet<string> lowerCase)
    {
        var atStart = doc.Sentences[doc.SentenceOf[token]].FirstToken == token
            || (token > 0 && doc.Tokens[token - 1].Norm is "\"" or "\u201c" or "(" or "\u2014" or ":");
        var norm = doc.Tokens[token].Norm;
        return atStart && (lowerCase.Contains(norm) || norm.EndsWith("ly", StringComparison.Ordinal) || norm.EndsWith("ing", StringComparison.Ordinal));
    }

    public static Mention StripOpener(Document doc, Mention person) =>
        person.End - person.First > 2
            ? person with { First = person.First + 1, Key = doc.TextOf(person.First + 1, person.End) }
            : person with { First = person.First + 1, Kind = MentionKind.Candidate, Key = doc.TextOf(person.First + 1, person.End) };
}
