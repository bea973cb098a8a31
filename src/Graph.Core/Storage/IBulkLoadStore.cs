namespace Graph.Core.Storage;

/// <summary>
/// A store that loads a long run of articles faster when it may defer derived data (secondary indexes,
/// per-entity aggregates) to one pass at the end. Deferring never loses anything: a run that stops before
/// <see cref="EndBulkLoadAsync"/> leaves the store correct but slow to read until its next start or bulk load's end
/// rebuilds what was deferred.
/// </summary>
public interface IBulkLoadStore
{
    /// <summary>Starts deferring what this store can defer for the writes that follow (it may decide to defer nothing).</summary>
    Task BeginBulkLoadAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops deferring and brings everything deferred up to date, in one pass.</summary>
    Task EndBulkLoadAsync(CancellationToken cancellationToken = default);
}
