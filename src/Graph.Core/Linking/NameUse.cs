namespace Graph.Core.Linking;

/// <summary>One surface form of a stored entity: in how many articles it was used, and in how many it was the entity's canonical name.</summary>
public sealed record NameUse(string Name, int Articles, int CanonicalArticles);
