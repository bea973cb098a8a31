using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Benchmarks;

/// <summary>Prints what the recogniser sees in a file, one mention per line: a tool for reading misses.</summary>
internal static class MentionDump
{
    public static void Print(string path)
    {
        var words = new WordLists();
        var doc = new Segmenter(words.Tokenizer, words.SpeechVerbs).Segment(File.ReadAllText(path));
        foreach (var m in new MentionRecognizer(words).Recognize(doc))
        {
            var block = doc.Blocks[doc.Sentences[doc.SentenceOf[m.First]].Block];
            Console.WriteLine($"{m.First,6} {block.Kind,-11} {m.Kind,-12} {doc.TextOf(m.First, m.End)}");
        }
    }
}
