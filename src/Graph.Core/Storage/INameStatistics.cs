using Graph.Core.Queries;

namespace Graph.Core.Storage;

/// <summary>How articles named entities: what a name lookup weighs when several entities carry one name.</summary>
public interface INameStatistics
{
    /// <summary>Every name of the entity with how many articles used it, the most used first.</summary>
    Task<IReadOnlyList<NameCount>> GetNameCountsAsync(string entityId, CancellationToken cancellationToken = default);

    /// <summary>For each given entity, how many articles used this name (compared folded, as in search) for it.</summary>
    Task<IReadOnlyDictionary<string, int>> CountArticlesNamingAsync(string name, IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default);
}
