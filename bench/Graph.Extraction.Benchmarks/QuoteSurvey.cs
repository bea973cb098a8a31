using Graph.Extraction.Attribution;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Benchmarks;

/// <summary>Lists body quotations of three or more words that got no speaker, with their sentence: a tool for finding missing attribution patterns.</summary>
internal static class QuoteSurvey
{
    public static void Run(string folder, int sample)
    {
        var words = new WordLists();
        var segmenter = new Segmenter(words.Tokenizer, words.SpeechVerbs);
        var recognizer = new MentionRecognizer(words);
        var resolver = new EntityResolver(words);
        var coreference = new CoreferenceResolver(words);
        var attributor = new QuoteAttributor(words);
        var total = 0;
        var attributed = 0;
        var misses = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var doc = segmenter.Segment(File.ReadAllText(path));
            var mentions = recognizer.Recognize(doc);
            var resolved = resolver.Resolve(doc, mentions);
            coreference.Resolve(doc, mentions, resolved);
            var found = attributor.Attribute(resolved).Select(q => q.Span.Index).ToHashSet();
            foreach (var q in doc.Quotes.Where(q => doc.Blocks[q.Block].Kind == BlockKind.Body && q.EndToken - q.FirstToken >= 3))
            {
                total++;
                if (found.Contains(q.Index))
                {
                    attributed++;
                    continue;
                }
                var s = doc.Sentences[doc.SentenceOf[q.FirstToken]];
                misses.Add($"{Path.GetFileName(path)[..10]} | {doc.Text[s.Start..s.End].Replace('\n', ' ')}");
            }
        }
        Console.WriteLine($"{attributed}/{total} quotations attributed");
        foreach (var line in misses.Where((_, i) => i % Math.Max(1, misses.Count / sample) == 0).Take(sample))
        {
            Console.WriteLine(line.Length > 300 ? line[..300] : line);
        }
    }
}
