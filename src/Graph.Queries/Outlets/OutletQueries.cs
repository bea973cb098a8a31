using Graph.Core.Model;
using Graph.Core.Storage;

namespace Graph.Queries.Outlets;

/// <summary>The outlets of the store, each spelling grouped under its key, so one outlet is asked for under any of its names.</summary>
public sealed class OutletQueries(IGraphReader reader)
{
    /// <summary>Every outlet, the one with most articles first.</summary>
    public async Task<IReadOnlyList<Outlet>> ListAsync(CancellationToken cancellationToken = default)
    {
        var spellings = await reader.GetOutletsAsync(cancellationToken);
        return [.. spellings
            .GroupBy(spelling => OutletNames.Key(spelling.Name), StringComparer.Ordinal)
            .Where(group => group.Key.Length > 0)
            .Select(group =>
            {
                var ordered = group.OrderByDescending(spelling => spelling.Articles).ThenBy(spelling => spelling.Name, StringComparer.Ordinal).ToList();
                return new Outlet(group.Key, ordered[0].Name, [.. ordered.Select(spelling => spelling.Name)], ordered.Sum(spelling => spelling.Articles));
            })
            .OrderByDescending(outlet => outlet.Articles).ThenBy(outlet => outlet.Key, StringComparer.Ordinal)];
    }

    /// <summary>The outlet a name or spelling stands for (compared by key); null when no article gave it.</summary>
    public async Task<Outlet?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        var key = OutletNames.Key(name);
        return (await ListAsync(cancellationToken)).FirstOrDefault(outlet => outlet.Key == key);
    }
}
