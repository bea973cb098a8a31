using System.Net;
using Graph.TestSupport;

namespace Graph.Cli.Tests;

public sealed class ServeCommandTests
{
    private const string Article = "Envoys meet\n\nNorwegian Prime Minister Kari Holm met Swedish Prime Minister Lars Berg in Oslo on Monday.";

    [Fact]
    public async Task ServeWithIngestStoresTheArticlesThenAnswersOverHttp()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("articles/a.txt", Article);
        await using var serve = ServeProcess.Start(folder.Path, "--ingest", "articles");

        var found = await serve.GetJsonWhenUpAsync("/api/entities?q=holm", TestContext.Current.CancellationToken);

        var entity = Assert.Single(found["items"]!.AsArray());
        Assert.Equal("person:kari-holm", (string?)entity!["id"]);
        Assert.Equal(1, (int?)entity["articleCount"]);
        Assert.True(File.Exists(folder.File("graph.db")));
        Assert.Contains("1 new", serve.Output);
    }

    [Fact]
    public async Task Issue11_HeadRequestsAnswerLikeGetWithoutABody()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("articles/a.txt", Article);
        await using var serve = ServeProcess.Start(folder.Path, "--ingest", "articles");
        await serve.GetJsonWhenUpAsync("/api/statistics", TestContext.Current.CancellationToken);

        foreach (var path in new[] { "/api/statistics", "/api/entities?q=holm", "/openapi/v1.json" })
        {
            using var get = await serve.Client.GetAsync(path, TestContext.Current.CancellationToken);
            using var head = await serve.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Issue11_ServingADatabaseThatDoesNotExistCreatesNothingAndSaysHowToFillIt()
    {
        using var folder = new TemporaryDirectory();

        var (exitCode, output, error) = await GraphProcess.RunAsync(folder.Path, "serve", "--db", "typo.db", "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"error: There is no database at {folder.File("typo.db")}: fill it with `graph ingest PATH --db {folder.File("typo.db")}`, or ingest and serve at once with `graph serve --ingest PATH`.", error.Trim());
        Assert.False(File.Exists(folder.File("typo.db")));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("overwritten")]
    public async Task Issue11_ADamagedDatabaseIsRefusedInOneSentence(string damage)
    {
        using var folder = new TemporaryDirectory();
        for (var i = 0; i < 40; i++)
        {
            folder.Write($"articles/{i}.txt", $"Talks number {i}\n\nNorwegian Prime Minister Kari Holm{i} met Swedish Prime Minister Lars Berg{i} in Oslo on Monday.");
        }
        var ingest = await GraphProcess.RunAsync(folder.Path, "ingest", "articles", "--db", "damaged.db");
        Assert.Equal(0, ingest.ExitCode);
        Damage(folder.File("damaged.db"), damage);

        var (exitCode, _, error) = await GraphProcess.RunAsync(folder.Path, "serve", "--db", "damaged.db", "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: The database {folder.File("damaged.db")} is damaged (", line);
        Assert.EndsWith("): restore it from a copy, or delete it and ingest the articles again.", line);
    }

    private static void Damage(string database, string how)
    {
        File.Delete(database + "-wal"); // so every page is read from the damaged file
        File.Delete(database + "-shm");
        using var file = new FileStream(database, FileMode.Open, FileAccess.ReadWrite);
        Assert.True(file.Length > 8 * 4096, $"the database is only {file.Length} bytes");
        if (how == "truncated")
        {
            file.SetLength(file.Length / 2 + 100);
            return;
        }
        file.Position = 2 * 4096;
        file.Write(Enumerable.Repeat((byte)0x5A, 3 * 4096).ToArray());
    }
}
