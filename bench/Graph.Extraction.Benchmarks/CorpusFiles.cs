using Graph.Core.Model;

namespace Graph.Extraction.Benchmarks;

/// <summary>The BBC corpus beside the checkout (../shared/corpus/bbc), read once into memory.</summary>
public static class CorpusFiles
{
    public static string DefaultFolder =>
        Environment.GetEnvironmentVariable("GRAPH_BENCH_CORPUS") ?? FindShared("corpus/bbc");

    public static List<Article> Load(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new Article(path, null, File.ReadAllText(path)))
            .ToList();

    private static string FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", relative);
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
        throw new DirectoryNotFoundException($"../shared/{relative} was not found above {AppContext.BaseDirectory}; set GRAPH_BENCH_CORPUS.");
    }
}
