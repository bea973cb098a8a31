using System.Diagnostics;
using Graph.Storage.Sqlite;
using Graph.TestSupport;

namespace Graph.Cli.Tests;

public sealed class IngestCommandTests
{
    private static readonly string[] Countries = ["Norway", "Sweden", "Finland", "Denmark", "Iceland", "Estonia"];

    /// <summary>Varied articles in our own words, enough that an ingest takes a while.</summary>
    private static void WriteArticles(TemporaryDirectory folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var host = Countries[i % Countries.Length];
            var guest = Countries[(i + 1) % Countries.Length];
            folder.Write($"articles/{i:0000}.txt", $"""
                Talks number {i} in {host}

                The prime minister of {host}, Anna Lind{i % 9}, met with President Per Berg{i % 5} of {guest} on Monday.
                "We spoke about trade for {i} hours," Lind{i % 9} said.
                Olav Moe{i % 4}, a senior fellow at the Baltic Policy Institute, said the talks were "a good start."
                """);
        }
    }

    [Fact]
    public async Task ASecondIngestOfTheSameFilesReportsEveryArticleUnchanged()
    {
        using var folder = new TemporaryDirectory();
        WriteArticles(folder, 20);

        var first = await GraphProcess.RunAsync(folder.Path, "ingest", "articles");
        var second = await GraphProcess.RunAsync(folder.Path, "ingest", "articles");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("20 new, 0 updated, 0 unchanged, 0 failed", first.Output);
        Assert.Contains("0 new, 0 updated, 20 unchanged, 0 failed", second.Output);
        Assert.True(File.Exists(folder.File("graph.db")), "graph.db is created in the working directory by default");
    }

    [Fact]
    public async Task ARedirectedIngestEndsWithAProgressLineOfSpeedsAndAGzippedFeedIsReadDirectly()
    {
        using var folder = new TemporaryDirectory();
        var lines = string.Concat(Enumerable.Range(0, 12).Select(i =>
            $"{{\"title\":\"T{i}\",\"text\":\"Talks {i}. The prime minister of Norway, Anna Lind, met President Per Berg{i} on Monday.\",\"date\":\"{(i == 0 ? "0001-01-01" : "3/28/18")}\",\"source\":\"Fox News (Online)\"}}\n"));
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(folder.File("feed.jsonl.gz")), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(lines));
        }

        var (exitCode, output, error) = await GraphProcess.RunAsync(folder.Path, "ingest", "feed.jsonl.gz");

        Assert.Equal(0, exitCode);
        Assert.Contains("12 new, 0 updated, 0 unchanged, 0 failed; 1 warnings", output);
        Assert.Contains("feed.jsonl.gz:1: date '0001-01-01' is outside 1900-", error);
        var progress = error.Split('\n').Last(line => line.StartsWith("ingest: ", StringComparison.Ordinal));
        Assert.Matches(@"^ingest: 12 articles in \d+\.\d s: \d+\.\d articles/s, \d+\.\d\d MB/s of text, 100% of 0\.\d MB, about 0:00 left; 12 new, 0 updated, 0 unchanged, 0 failed; CPU \d+\.\d s$", progress.TrimEnd());
    }

    [Fact]
    public async Task KillingAnIngestMidwayAndRunningItAgainStoresEveryArticleOnceWithAllItsFacts()
    {
        using var folder = new TemporaryDirectory();
        WriteArticles(folder, 600);
        var reference = await GraphProcess.RunAsync(folder.Path, "ingest", "articles", "--db", "reference.db");
        Assert.Equal(0, reference.ExitCode);

        var killedAt = await StartAndKillAsync(folder, "--db", "killed.db", "--batch-size", "3");
        var rerun = await GraphProcess.RunAsync(folder.Path, "ingest", "articles", "--db", "killed.db");

        Assert.InRange(killedAt, 1, 599);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"{600 - killedAt} new", rerun.Output);
        await using var expected = new SqliteGraphStore(folder.File("reference.db"));
        await using var actual = new SqliteGraphStore(folder.File("killed.db"));
        Assert.Equal(await expected.GetStatisticsAsync(), await actual.GetStatisticsAsync());
        Assert.Equal(await expected.GetEdgesAsync(), await actual.GetEdgesAsync());
    }

    [Fact]
    public async Task ThreeShardedWorkersWritingOneDatabaseAtOnceBuildTheSameGraphAsOneRun()
    {
        using var folder = new TemporaryDirectory();
        WriteArticles(folder, 90);
        var reference = await GraphProcess.RunAsync(folder.Path, "ingest", "articles", "--db", "reference.db");

        var workers = await Task.WhenAll(Enumerable.Range(0, 3).Select(k =>
            GraphProcess.RunAsync(folder.Path, "ingest", "articles", "--db", "sharded.db", "--shard", $"{k}/3", "--batch-size", "4")));

        Assert.Equal(0, reference.ExitCode);
        Assert.All(workers, worker => Assert.Equal(0, worker.ExitCode));
        await using var expected = new SqliteGraphStore(folder.File("reference.db"));
        await using var actual = new SqliteGraphStore(folder.File("sharded.db"));
        Assert.Equal(await expected.GetStatisticsAsync(), await actual.GetStatisticsAsync());
        Assert.Equal(await expected.GetEdgesAsync(), await actual.GetEdgesAsync());
    }

    [Fact]
    public async Task AMissingFolderIsReportedAndTheExitCodeSaysSomethingFailed()
    {
        using var folder = new TemporaryDirectory();
        WriteArticles(folder, 2);

        var (exitCode, output, error) = await GraphProcess.RunAsync(folder.Path, "ingest", "articles", "no-such-folder");

        Assert.Equal(1, exitCode);
        Assert.Contains("2 new", output);
        Assert.Contains("no-such-folder: no such file or folder", error);
    }

    [Fact]
    public async Task AMissingPathAloneReportsNoRateOverNothing()
    {
        using var folder = new TemporaryDirectory();

        var (exitCode, output, _) = await GraphProcess.RunAsync(folder.Path, "ingest", "no-such-file.txt");

        Assert.Equal(1, exitCode);
        Assert.Contains("0 new", output);
        Assert.DoesNotContain("articles/s", output);
    }

    [Fact]
    public async Task ABadSettingIsOneSentenceNotAStackTrace()
    {
        using var folder = new TemporaryDirectory();

        var (exitCode, _, error) = await GraphProcess.RunAsync(folder.Path, "ingest", ".", "--store", "oracle");

        Assert.Equal(2, exitCode);
        Assert.Equal("error: Unknown store 'oracle': use sqlite or neo4j.", error.Trim());
    }

    [Fact]
    public async Task Issue11_ASymbolicLinkLoopIsReportedAndTheIngestEnds()
    {
        using var folder = new TemporaryDirectory();
        WriteArticles(folder, 2);
        Directory.CreateSymbolicLink(folder.File("articles/s1"), ".");
        Directory.CreateSymbolicLink(folder.File("articles/s2"), ".");

        var (exitCode, output, error) = await GraphProcess.RunAsync(folder.Path, "ingest", "articles");

        Assert.Equal(1, exitCode);
        Assert.Contains("2 new, 0 updated, 0 unchanged, 2 failed", output);
        Assert.Contains("articles/s1: symbolic link loop: it leads back to articles, not followed", error);
        Assert.Contains("articles/s2: symbolic link loop: it leads back to articles, not followed", error);
    }

    [Fact]
    public async Task Issue11_ControlCharactersInAFileNameArePrintedEscapedNeverRaw()
    {
        using var folder = new TemporaryDirectory();
        WriteArticles(folder, 1);
        folder.Write("articles/\u001b[2Jgone\nerror: forged.txt", "");

        var (exitCode, output, error) = await GraphProcess.RunAsync(folder.Path, "ingest", "articles");

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain('\u001b', output + error);
        Assert.DoesNotContain("\nerror: forged", output + error);
        Assert.Contains(@"articles/\e[2Jgone\nerror: forged.txt: empty file: no text to read", output);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Issue11_AnIngestStoppedByASignalSaysSoAndExits130(string signal)
    {
        using var folder = new TemporaryDirectory();
        WriteArticles(folder, 600);

        var (exitCode, error) = await StartAndSignalAsync(folder, [signal]);

        Assert.Equal(130, exitCode);
        Assert.Contains("Cancelled. Articles already stored are kept; running the same command again continues.", error);
    }

    [Fact]
    public async Task Issue11_TwoSignalsToAnIngestWaitingOnAPipeEndItWithoutACrash()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Needs mkfifo(1) and kill(1).");
        using var folder = new TemporaryDirectory();
        using (var mkfifo = Process.Start("mkfifo", [folder.File("pipe.txt")]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        // Reading a pipe nobody writes to waits in the operating system: the reproduction of issue 11, where the
        // first SIGTERM was ignored and the second crashed the process (exit 134).
        using var process = Process.Start(GraphProcess.StartInfo(folder.Path, "ingest", "pipe.txt", "--db", "blocked.db"))!;
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var end = new KillOnDispose(process);
        while (!File.Exists(folder.File("blocked.db")))
        {
            await Task.Delay(20, timeout.Token); // the store is created before the files are read
        }

        await SignalAsync(process, "TERM", timeout.Token);
        await Task.Delay(TimeSpan.FromSeconds(4), timeout.Token);
        await SignalAsync(process, "TERM", timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(130, process.ExitCode);
        Assert.DoesNotContain("Unhandled exception", await error);
    }

    /// <summary>Starts an ingest, sends it the signals once some articles are committed, and waits for it to end.</summary>
    private static async Task<(int ExitCode, string Error)> StartAndSignalAsync(TemporaryDirectory folder, string[] signals)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Sending a signal needs kill(1).");
        using var process = Process.Start(GraphProcess.StartInfo(folder.Path, "ingest", "articles", "--db", "killed.db", "--batch-size", "3"))!;
        _ = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await using var store = new SqliteGraphStore(folder.File("killed.db"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var end = new KillOnDispose(process);
        while (!process.HasExited && await CommittedAsync(store) < 3)
        {
            await Task.Delay(5, timeout.Token);
        }
        Assert.False(process.HasExited, "the ingest ended before it could be signalled");
        foreach (var signal in signals)
        {
            await SignalAsync(process, signal, timeout.Token);
        }
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await error);
    }

    private static async Task SignalAsync(Process process, string signal, CancellationToken cancellationToken)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync(cancellationToken);
    }

    /// <summary>Starts an ingest, kills it (SIGKILL) once some articles are committed, and returns how many were.</summary>
    private static async Task<int> StartAndKillAsync(TemporaryDirectory folder, params string[] options)
    {
        using var process = Process.Start(GraphProcess.StartInfo(folder.Path, ["ingest", "articles", .. options]))!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await using var store = new SqliteGraphStore(folder.File("killed.db"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var end = new KillOnDispose(process);
        while (!process.HasExited && await CommittedAsync(store) < 30)
        {
            await Task.Delay(5, timeout.Token);
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(timeout.Token);
        return await CommittedAsync(store);
    }

    private static async Task<int> CommittedAsync(SqliteGraphStore store)
    {
        if (!File.Exists(store.DatabaseFile))
        {
            return 0;
        }
        try
        {
            return (await store.GetStatisticsAsync()).Articles;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the schema is not created yet
        }
    }
}
