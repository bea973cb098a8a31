using System.Collections.Immutable;
using Graph.Core.Queries;

namespace Graph.Core.Storage;

/// <summary>How articles named entities: what a name lookup weighs when several entities carry one name.</summary>
public interface INameStatistics
{
    /// <summary>Every name of the entity with how many articles used it, the most used first.</summary>
    Task<IReadOnlyList<NameCount>> GetNameCountsAsync(string entityId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every entity's names with how many articles used each, the most used first: what the in-memory graph keeps so
    /// that an entity's details never count a much-named entity's names on a request's time. Null from a store that
    /// counts one entity at a time only.
    /// </summary>
    Task<IReadOnlyDictionary<string, ImmutableArray<NameCount>>?> GetAllNameCountsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, ImmutableArray<NameCount>>?>(null);

    /// <summary>
    /// Every entity's search keys, for a name search answered from memory; null from a store that searches only in
    /// its own queries.
    /// </summary>
    Task<IReadOnlyList<EntitySearchKeys>?> GetAllSearchKeysAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<EntitySearchKeys>?>(null);

    /// <summary>For each given entity, how many articles used this name (compared folded, as in search) for it.</summary>
    Task<IReadOnlyDictionary<string, int>> CountArticlesNamingAsync(string name, IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default);
}
