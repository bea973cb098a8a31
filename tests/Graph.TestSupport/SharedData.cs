using Xunit;

namespace Graph.TestSupport;

/// <summary>
/// The third-party articles and gold files live in ../shared beside the checkout, never in the repo.
/// Tests that need them skip visibly when the folder is absent, and fail instead under CI=true.
/// </summary>
public static class SharedData
{
    public static string? Root { get; } = FindRoot();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The path of a file or folder under ../shared, or a skip (a failure on CI) when it is missing.</summary>
    public static string Require(string relativePath)
    {
        var path = Root is null ? null : Path.Combine(Root, relativePath);
        if (path is not null && (File.Exists(path) || Directory.Exists(path)))
        {
            return path;
        }
        Prerequisite.Missing($"../shared/{relativePath} is not present beside the checkout");
        return "";
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Graph.sln not found above the test binaries.");
    }

    private static string? FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("GRAPH_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }
        var candidate = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
