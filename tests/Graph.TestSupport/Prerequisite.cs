using Xunit;

namespace Graph.TestSupport;

/// <summary>What a test does when something it needs is not on this machine: skip, or fail on CI.</summary>
public static class Prerequisite
{
    public static bool IsCi { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Missing(string what)
    {
        if (IsCi)
        {
            Assert.Fail($"Prerequisite missing on CI: {what}.");
        }
        Assert.Skip($"Skipped: {what}.");
    }
}
