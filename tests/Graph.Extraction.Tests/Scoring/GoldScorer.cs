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
        var articlePath = SharedData.Require(gold.RootElement.GetProperty("article").GetString()!);
        var text = File.ReadAllText(articlePath);
        var graph = Extraction.Extractor.Extract(new Article(articlePath, null, text));
        using var temp = new TemporaryDirectory();
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
