using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Graph.Core.Model;

namespace Graph.Extraction.Benchmarks;

/// <summary>Extract over the whole BBC corpus on one thread; the MB/s column is UTF-8 megabytes of article text per second.</summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class ExtractBenchmark
{
    private List<Article> corpus = [];
    private ArticleExtractor extractor = new();

    public static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        corpus = CorpusFiles.Load(CorpusFiles.DefaultFolder);
        CorpusBytes = corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        extractor = new ArticleExtractor();
    }

    [Benchmark(Description = "Extract BBC corpus")]
    public int ExtractAll()
    {
        var count = 0;
        foreach (var article in corpus)
        {
            count += extractor.Extract(article).Entities.Length;
        }
        return count;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new MegabytesPerSecondColumn());
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 megabytes of article text extracted per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            var mean = report?.ResultStatistics?.Mean;
            var bytes = new FileSizeProbe().Bytes();
            return mean is null or 0 ? "-" : (bytes / 1e6 / (mean.Value / 1e9)).ToString("F2");
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }

    /// <summary>The column is computed in the host process, so it measures the corpus itself rather than reading state from the run.</summary>
    private sealed class FileSizeProbe
    {
        public long Bytes() =>
            CorpusFiles.Load(CorpusFiles.DefaultFolder).Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
    }
}
