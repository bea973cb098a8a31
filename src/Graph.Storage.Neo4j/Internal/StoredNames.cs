using Graph.Core.Model;

namespace Graph.Storage.Neo4j.Internal;

/// <summary>How entity types are read from node labels (relation words come from <see cref="ContractNames"/>).</summary>
internal static class StoredNames
{
    /// <summary>The entity type among a node's labels.</summary>
    public static EntityType EntityTypeOf(IEnumerable<string> labels) =>
        labels.Select(label => ContractNames.TryEntityTypeOf(label, out var type) ? type : (EntityType?)null)
            .FirstOrDefault(type => type is not null)
        ?? throw new InvalidDataException($"A Neo4j entity node has none of the labels {string.Join(", ", ContractNames.EntityTypes)}.");
}
