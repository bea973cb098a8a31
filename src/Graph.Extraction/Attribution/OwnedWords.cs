using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>Words a clause gives to an owner: "the Nordic Institute's comment that ...", "Brel's statement:".</summary>
internal sealed class OwnedWords(ResolvedArticle article, SpeakerLookup speakers)
{
    private static readonly HashSet<string> SpeechNouns = ["question", "words", "statement", "remarks", "comment", "comments", "message", "tweet", "response", "reply", "answer", "note", "post"];

    private readonly Document doc = article.Document;

    /// <summary>
    /// "Brel cited the Nordic Institute's comment that the deal was a \"...\"": words the clause [first, open) gives to
    /// an owner ("X's comment that", "X's statement:") after its last reporting verb are the owner's.
    /// </summary>
    public Speaker? Before(int first, int open)
    {
        for (var v = open - 2; v > first + 1; v--)
        {
            if (speakers.IsSpeechVerb(v))
            {
                return null;
            }
            if (SpeechNouns.Contains(doc.Tokens[v].Norm) && doc.Tokens[v - 1].Norm == "'s" && doc.Tokens[v + 1].Norm is "that" or ":" or ","
                && speakers.RefEndingAt(v - 1) is { } owner)
            {
                return new Speaker(owner.Entity, owner.First, v + 1);
            }
        }
        return null;
    }

    /// <summary>"Brel's remarks": the owner of the speech noun at <paramref name="noun"/>, in a clause opening at <paramref name="first"/>.</summary>
    public Speaker? At(int noun, int first) =>
        SpeechNouns.Contains(doc.Tokens[noun].Norm) && noun > first && doc.Tokens[noun - 1].Norm == "'s" && speakers.RefEndingAt(noun - 1) is { } owner
            ? new Speaker(owner.Entity, owner.First, noun + 1)
            : null;
}
