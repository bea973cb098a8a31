using System.Diagnostics;
using Graph.Extraction.Attribution;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Benchmarks;

/// <summary>Times each pipeline stage over a corpus, to see where extraction spends its time.</summary>
internal static class StageTimer
{
    public static void Run(string folder)
    {
        var corpus = CorpusFiles.Load(folder);
        var words = new WordLists();
        var segmenter = new Segmenter(words.Tokenizer, words.SpeechVerbs);
        var recognizer = new MentionRecognizer(words);
        var resolver = new EntityResolver(words);
        var coreference = new CoreferenceResolver(words);
        var attributor = new QuoteAttributor(words);
        var clocks = new Stopwatch[5];
        for (var k = 0; k < clocks.Length; k++)
        {
            clocks[k] = new Stopwatch();
        }
        var tokenizing = Stopwatch.StartNew();
        foreach (var article in corpus)
        {
            words.Tokenizer.Tokenize(article.Text);
        }
        Console.WriteLine($"tokenize     {tokenizing.Elapsed.TotalMilliseconds,8:F0} ms");
        var classifying = Stopwatch.StartNew();
        foreach (var article in corpus)
        {
            foreach (var line in article.Text.Split('\n'))
            {
                BlockClassifier.Classify(line, false);
            }
        }
        Console.WriteLine($"classify     {classifying.Elapsed.TotalMilliseconds,8:F0} ms");
        foreach (var article in corpus)
        {
            clocks[0].Start();
            var doc = segmenter.Segment(article.Text);
            clocks[0].Stop();
            clocks[1].Start();
            var mentions = recognizer.Recognize(doc);
            clocks[1].Stop();
            clocks[2].Start();
            var resolved = resolver.Resolve(doc, mentions);
            clocks[2].Stop();
            clocks[3].Start();
            coreference.Resolve(doc, mentions, resolved);
            clocks[3].Stop();
            clocks[4].Start();
            attributor.Attribute(resolved);
            clocks[4].Stop();
        }
        string[] names = ["segment", "recognise", "resolve", "coreference", "attribute"];
        for (var k = 0; k < clocks.Length; k++)
        {
            Console.WriteLine($"{names[k],-12} {clocks[k].Elapsed.TotalMilliseconds,8:F0} ms");
        }
    }
}
