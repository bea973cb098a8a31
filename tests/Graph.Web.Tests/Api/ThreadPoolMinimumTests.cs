using Graph.Web.Hosting;

namespace Graph.Web.Tests.Api;

public sealed class ThreadPoolMinimumTests
{
    [Fact]
    public void TheServersPoolStartsWithAThreadForEveryConnectionOfABurst()
    {
        ThreadPoolMinimum.Raise();

        ThreadPool.GetMinThreads(out var workers, out _);
        Assert.True(workers >= ThreadPoolMinimum.WorkerThreads, $"minimum worker threads {workers}");
    }
}
