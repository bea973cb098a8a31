using System.Diagnostics;
using System.Text.Json;
using Graph.Core.Model;
using Graph.TestSupport;

namespace Graph.Extraction.Tests.Scoring;

/// <summary>
/// Scores the extractor against a gold file with the evaluation's own ../shared/eval/score.py, so the tests
/// measure exactly what the evaluation measures. Needs python3; a machine without it skips (fails on CI).
/// </summary>
internal static class GoldScorer
{
    public static ScoreResult Score(string goldPath)
    {
        var scorer = SharedData.Require("eval/score.py");
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        using var temp = new TemporaryDirectory();
        var (articlePath, text) = ReadArticle(gold.RootElement.GetProperty("article").GetString()!, temp);
        var graph = Extraction.Extractor.Extract(new Article(articlePath, null, text));
        var system = temp.Write("system.json", GraphJson.Serialize(graph));
        var output = RunPython(scorer, goldPath, system, articlePath);
        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        return new ScoreResult(
            root.GetProperty("entities").GetProperty("f1").GetDouble(),
            root.GetProperty("relations").GetProperty("f1").GetDouble(),
            root.GetProperty("quotes").GetProperty("f1").GetDouble(),
            root.GetProperty("score").GetDouble());
    }

    /// <summary>
    /// The article a gold file names: a file of the shared corpus, or "FILE.jsonl.gz#L&lt;n&gt;", the text field of
    /// line n of a JSON Lines archive (written to a temporary file, which score.py reads).
    /// </summary>
    private static (string Path, string Text) ReadArticle(string reference, TemporaryDirectory temp)
    {
        var hash = reference.IndexOf("#L", StringComparison.Ordinal);
        if (hash < 0)
        {
            var path = SharedData.Require(reference);
            return (path, File.ReadAllText(path));
        }
        var archive = SharedData.Require(reference[..hash]);
        var line = int.Parse(reference[(hash + 2)..], System.Globalization.CultureInfo.InvariantCulture);
        using var stream = new System.IO.Compression.GZipStream(File.OpenRead(archive), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        string? record = null;
        for (var read = 0; read < line; read++)
        {
            record = reader.ReadLine() ?? throw new InvalidDataException($"{reference}: the archive has fewer lines.");
        }
        var text = JsonDocument.Parse(record!).RootElement.GetProperty("text").GetString()!;
        return (temp.Write($"line-{line}.txt", text), text);
    }

    private static string RunPython(string scorer, string gold, string system, string article)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { scorer, gold, system, "--text", article, "--json" })
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Prerequisite.Missing("python3 is not installed");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"score.py failed: {error}");
            return output;
        }
    }
}
