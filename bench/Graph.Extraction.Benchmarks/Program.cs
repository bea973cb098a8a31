using BenchmarkDotNet.Running;
using Graph.Core.Model;
using Graph.Extraction;
using Graph.Extraction.Benchmarks;

// `extract FILE...` prints one ArticleGraph JSON per line (the scoring harness of tools/score-all.sh);
// `survey FOLDER... [--top=N]` counts suspicious entity shapes; `throughput [FOLDER]` times one pass over a corpus; anything else runs the BenchmarkDotNet suite.
if (args.Length > 0 && args[0] == "extract")
{
    var extractor = new ArticleExtractor();
    foreach (var path in args.Skip(1))
    {
        var article = new Article(path, null, File.ReadAllText(path));
        Console.WriteLine(GraphJson.Serialize(extractor.Extract(article)));
    }
    return 0;
}
if (args.Length > 1 && args[0] == "mentions")
{
    MentionDump.Print(args[1]);
    return 0;
}
if (args.Length > 1 && args[0] == "quotes")
{
    QuoteSurvey.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60);
    return 0;
}
if (args.Length > 1 && args[0] == "survey")
{
    EntitySurvey.Run(args.Skip(1).Where(a => !a.StartsWith("--top=", StringComparison.Ordinal)).ToList(),
        args.FirstOrDefault(a => a.StartsWith("--top=", StringComparison.Ordinal)) is { } top ? int.Parse(top[6..], System.Globalization.CultureInfo.InvariantCulture) : 40);
    return 0;
}
if (args.Length > 0 && args[0] == "stages")
{
    StageTimer.Run(args.Length > 1 ? args[1] : CorpusFiles.DefaultFolder);
    return 0;
}
if (args.Length > 0 && args[0] == "throughput")
{
    var corpus = CorpusFiles.Load(args.Length > 1 ? args[1] : CorpusFiles.DefaultFolder);
    var extractor = new ArticleExtractor();
    var bytes = corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
    foreach (var a in corpus.Take(50))
    {
        extractor.Extract(a);
    }
    var clock = System.Diagnostics.Stopwatch.StartNew();
    foreach (var a in corpus)
    {
        extractor.Extract(a);
    }
    clock.Stop();
    Console.WriteLine($"{corpus.Count} articles, {bytes / 1e6:F2} MB in {clock.Elapsed.TotalSeconds:F2} s: {bytes / 1e6 / clock.Elapsed.TotalSeconds:F2} MB/s");
    return 0;
}
BenchmarkRunner.Run<ExtractBenchmark>(args: args);
return 0;
