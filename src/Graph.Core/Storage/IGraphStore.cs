namespace Graph.Core.Storage;

/// <summary>A graph store: the embedded SQLite one by default, Neo4j in production.</summary>
public interface IGraphStore : IGraphWriter, IGraphReader, IAsyncDisposable
{
}
