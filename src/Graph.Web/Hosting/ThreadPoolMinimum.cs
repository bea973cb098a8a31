namespace Graph.Web.Hosting;

/// <summary>
/// SQLite answers synchronously under its async API, and path searches are CPU work, so each running query holds a
/// pool thread. With the runtime's default minimum (one thread per core) a few slow queries hold every thread, and
/// cheap requests (statistics, the limiter's 429 answers) wait for the pool to grow, at about two threads a second:
/// seconds in a storm. The minimum is raised so that a burst of connections gets threads at once; the operating
/// system then shares the cores between them.
/// </summary>
public static class ThreadPoolMinimum
{
    public const int WorkerThreads = 128;

    public static void Raise()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < WorkerThreads)
        {
            ThreadPool.SetMinThreads(WorkerThreads, completionPorts);
        }
    }
}
