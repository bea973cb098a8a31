using Graph.Core.Model;

namespace Graph.Storage.Sqlite;

/// <summary>How entity types are spelled in the tables: the model's one vocabulary, <see cref="ContractNames"/>.</summary>
internal static class StorageNames
{
    public static string Of(EntityType type) => ContractNames.Of(type);

    public static EntityType EntityTypeOf(string name) => ContractNames.EntityTypeOf(name);
}
