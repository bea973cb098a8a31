using Graph.Core.Linking;

namespace Graph.Core.Storage;

/// <summary>
/// A store that links entities across articles: it reads every raw entity with its name statistics,
/// asks <see cref="EntityLinker"/> which are one, and moves the facts of each changed raw id onto its linked
/// entity (keeping the raw id, so a later pass can move them again). Run after every ingest.
/// </summary>
public interface IEntityLinkStore
{
    Task<LinkReport> LinkEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>The <see cref="EntityLinker.Version"/> the stored links were made with; 0 before any linking pass.</summary>
    Task<int> GetLinkerVersionAsync(CancellationToken cancellationToken = default);
}
