using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>A speaker and a verb in the past with no verb of speech, in a short clause: "the Daily Ledger gushed".</summary>
internal sealed class PastVerbSpeakers(ResolvedArticle article, SpeakerLookup speakers)
{
    private readonly Document doc = article.Document;

    /// <summary>"\"...,\" the Daily Ledger gushed.": a speaker and a past verb closing the sentence, with no verb of speech.</summary>
    public Speaker? Closing(int a, int limit)
    {
        var end = limit;
        while (end > a && doc.Tokens[end - 1].Norm is "." or "!")
        {
            end--;
        }
        if (end == limit || end - a > 6 || speakers.FirstSpeaker(a, end) is not { } subject || subject.First > a + 1)
        {
            return null;
        }
        var verb = subject.End < end && !doc.Tokens[subject.End].IsCapitalized && doc.Tokens[subject.End].Kind == TokenKind.Word && end - subject.End == 2 ? subject.End + 1 : subject.End;
        return IsPastVerbPhrase(verb, end) ? new Speaker(subject.Entity, subject.First, end) : null;
    }

    /// <summary>"The Daily Ledger gushed, \"...\"": a short clause of a speaker and a verb in the past, ending in a comma.</summary>
    public Speaker? Opening(int first, int open) =>
        doc.Tokens[open - 1].Norm == "," && speakers.FirstSpeaker(first, open - 1) is { } writer
        && writer.First <= first + 1 && IsPastVerbPhrase(writer.End, open - 1)
            ? new Speaker(writer.Entity, writer.First, open - 1)
            : null;

    /// <summary>Tokens [first, end) are one or two lower-case words, the last a verb in the past ("similarly gushed").</summary>
    private bool IsPastVerbPhrase(int first, int end) =>
        end - first is 1 or 2
        && Enumerable.Range(first, end - first).All(t => doc.Tokens[t].Kind == TokenKind.Word && !doc.Tokens[t].IsCapitalized)
        && doc.Tokens[end - 1].Norm.EndsWith("ed", StringComparison.Ordinal) && doc.Tokens[end - 1].Norm.Length > 4;
}
