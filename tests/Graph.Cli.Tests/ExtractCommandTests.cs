using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Graph.TestSupport;

namespace Graph.Cli.Tests;

public sealed class ExtractCommandTests
{
    private const string Article = """
        Envoys meet in Oslo

        Norwegian Prime Minister Kari Holm met with Swedish Prime Minister Lars Berg on Monday in Oslo.
        "We agreed on a great deal," Holm said after the talks.
        Erik Dahl, a senior fellow at the Nordic Policy Institute, said the meeting was "long overdue."
        """;

    [Fact]
    public async Task EachArticleIsOneJsonDocumentOnOneLineOfStandardOutput()
    {
        using var folder = new TemporaryDirectory();
        var a = folder.Write("a.txt", Article);
        var b = folder.Write("b.jsonl", "{\"title\":\"One\",\"text\":\"First text.\"}\n{\"title\":\"Two\",\"text\":\"Second text.\"}\n");

        var (exitCode, output, _) = await GraphProcess.RunAsync(folder.Path, "extract", a, b);

        Assert.Equal(0, exitCode);
        var documents = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        Assert.Equal(3, documents.Count);
        Assert.Equal(a, (string?)documents[0]["source"]);
        Assert.Equal("Envoys meet in Oslo", (string?)documents[0]["title"]);
        Assert.Equal([$"{b}:1", $"{b}:2"], documents.Skip(1).Select(d => (string?)d["source"]));
        foreach (var document in documents)
        {
            Assert.NotNull(document["entities"]!.AsArray());
            Assert.NotNull(document["relations"]!.AsArray());
            Assert.NotNull(document["quotes"]!.AsArray());
        }
    }

    [Fact]
    public async Task OffsetsAndIdsInTheDocumentAreConsistentWithTheArticleText()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("a.txt", Article);

        var (_, output, _) = await GraphProcess.RunAsync(folder.Path, "extract", path);

        AssertConsistent(JsonNode.Parse(output)!, Article);
    }

    [Fact]
    public async Task BadInputGoesToStandardErrorWithItsNameAndTheExitCodeSaysSo()
    {
        using var folder = new TemporaryDirectory();
        var good = folder.Write("good.txt", Article);
        var empty = folder.Write("empty.txt", "");

        var (exitCode, output, error) = await GraphProcess.RunAsync(folder.Path, "extract", empty, good);

        Assert.Equal(1, exitCode);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("empty.txt: empty file", error);
    }

    [Fact]
    public async Task TheCanonicalArticleScoresWithTheEvaluationScriptAndHasTheObviousFacts()
    {
        var article = SharedData.Require("corpus/kim-xi-beijing.txt");
        var gold = SharedData.Require("eval/gold/kim-xi-beijing.json");
        using var folder = new TemporaryDirectory();

        var (exitCode, output, _) = await GraphProcess.RunAsync(folder.Path, "extract", article);
        var system = folder.Write("system.json", output);

        Assert.Equal(0, exitCode);
        var document = JsonNode.Parse(output)!;
        AssertConsistent(document, File.ReadAllText(article));
        var relations = document["relations"]!.AsArray();
        Assert.Contains(relations, r => (string?)r!["type"] == "MET"
            && new[] { (string?)r["source"], (string?)r["target"] }.Order().SequenceEqual(["person:kim-jong-un", "person:xi-jinping"]));
        Assert.Contains(document["quotes"]!.AsArray(), q => (string?)q!["speaker"] == "person:adam-mount");
        var score = RunScorer(gold, system);
        Assert.Contains("score:", score);
    }

    [Fact]
    public async Task Issue11_TheNews37kRecordThatAbortedTheProcessIsExtractedAndTheRunGoesOn()
    {
        var corpus = SharedData.Require("corpus/news-37k/articles.jsonl.gz");
        using var folder = new TemporaryDirectory();
        var records = folder.Write("records.jsonl", ReadLines(corpus).Skip(376).Take(3).Aggregate("", (all, line) => all + line + "\n"));

        var (exitCode, output, error) = await GraphProcess.RunAsync(folder.Path, "extract", records);

        Assert.True(exitCode == 0, $"exit code {exitCode}: {error}");
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static IEnumerable<string> ReadLines(string gzipPath)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static string RunScorer(string gold, string system)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(Path.GetDirectoryName(gold)!, "..", "score.py"), gold, system })
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    private static void AssertConsistent(JsonNode document, string text)
    {
        var entities = document["entities"]!.AsArray();
        var ids = entities.Select(e => (string)e!["id"]!).ToHashSet();
        Assert.Equal(entities.Count, ids.Count);
        foreach (var entity in entities)
        {
            Assert.Contains((string)entity!["type"]!, new[] { "Person", "Country", "Organization", "Place" });
            foreach (var mention in entity["mentions"]!.AsArray())
            {
                Assert.Equal((string)mention!["text"]!, text[(int)mention["start"]!..(int)mention["end"]!]);
            }
        }
        foreach (var relation in document["relations"]!.AsArray())
        {
            Assert.Contains((string)relation!["source"]!, ids);
            Assert.Contains((string)relation["target"]!, ids);
            var evidence = relation["evidence"]!;
            Assert.Equal((string)evidence["text"]!, text[(int)evidence["start"]!..(int)evidence["end"]!]);
            Assert.Equal((string)relation["type"]! == "MET", relation["status"] is not null);
        }
        foreach (var quote in document["quotes"]!.AsArray())
        {
            Assert.Contains((string)quote!["speaker"]!, ids);
            Assert.All(quote["about"]!.AsArray(), about => Assert.Contains((string)about!, ids));
            Assert.Equal((string)quote["text"]!, text[(int)quote["start"]!..(int)quote["end"]!]);
        }
    }
}
