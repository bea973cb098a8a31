using Graph.TestSupport;

namespace Graph.Extraction.Tests.Scoring;

/// <summary>
/// The quality reached, held: each floor sits just under the score measured when it was set, and floors only rise.
/// The held-out evaluation is scored the same way on articles these tests never see.
/// </summary>
public sealed class QualityFloorTests(ITestOutputHelper output)
{
    private const double CanonicalEntities = 0.97;
    private const double CanonicalRelations = 0.97;
    private const double CanonicalQuotes = 0.97;
    private const double DevMean = 0.95;
    private const double DevArticle = 0.78;
    private const double WiderDevMean = 0.89;
    private const double FirstBlindMean = 0.86;
    private const double SecondBlindMean = 0.78;

    [Fact]
    public void TheCanonicalArticleScoresAboveItsFloors()
    {
        var score = GoldScorer.Score(SharedData.Require("eval/gold/kim-xi-beijing.json"));
        output.WriteLine(score.ToString());
        Assert.True(score.Entities >= CanonicalEntities, $"entities F1 {score.Entities} < {CanonicalEntities}");
        Assert.True(score.Relations >= CanonicalRelations, $"relations F1 {score.Relations} < {CanonicalRelations}");
        Assert.True(score.Quotes >= CanonicalQuotes, $"quotes F1 {score.Quotes} < {CanonicalQuotes}");
    }

    [Fact]
    public void TheDevSetScoresAboveItsFloors()
    {
        var scores = Directory.GetFiles(SharedData.Require("eval/gold/dev"), "*.json").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), GoldScorer.Score(path))).ToList();
        foreach (var (name, score) in scores)
        {
            output.WriteLine($"{name}: {score}");
        }
        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.True(s.Item2.Score >= DevArticle, $"{s.Item1} scored {s.Item2.Score} < {DevArticle}"));
        var mean = scores.Average(s => s.Item2.Score);
        Assert.True(mean >= DevMean, $"dev mean {mean:F3} < {DevMean}");
    }

    /// <summary>Gold files annotated here from the wider corpus (tests/Graph.Extraction.Tests/Gold): a broader, harder check.</summary>
    [Fact]
    public void TheWiderDevelopmentSetScoresAboveItsFloor()
    {
        var mean = MeanScoreOfGoldFolder("Gold");
        Assert.True(mean >= WiderDevMean, $"wider dev mean {mean:F3} < {WiderDevMean}");
    }

    /// <summary>
    /// Gold files annotated without looking at the extractor's output: Gold/Blind was unseen by every rule written up to
    /// 2026-12-08, and Gold/Blind2 (drawn that day with another seed) by every rule written before it was made, so their
    /// scores are the nearest thing here to the held-out one.
    /// </summary>
    [Theory]
    [InlineData("Gold/Blind", FirstBlindMean)]
    [InlineData("Gold/Blind2", SecondBlindMean)]
    public void EachBlindSetScoresAboveItsFloor(string folderName, double floor)
    {
        var mean = MeanScoreOfGoldFolder(folderName);
        Assert.True(mean >= floor, $"{folderName} mean {mean:F3} < {floor}");
    }

    /// <summary>The mean score of the gold files directly in a folder of tests/Graph.Extraction.Tests; skips when it has none.</summary>
    private double MeanScoreOfGoldFolder(string folderName)
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "tests", "Graph.Extraction.Tests", folderName);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [];
        if (files.Length == 0)
        {
            Assert.Skip($"No gold files in tests/Graph.Extraction.Tests/{folderName}.");
        }
        var scores = files.Order(StringComparer.Ordinal).Select(path => (Path.GetFileName(path), GoldScorer.Score(path))).ToList();
        foreach (var (name, score) in scores)
        {
            output.WriteLine($"{name}: {score}");
        }
        var mean = scores.Average(s => s.Item2.Score);
        output.WriteLine($"mean {mean:F3}");
        return mean;
    }
}
