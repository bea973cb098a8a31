namespace Graph.Extraction.Resolution;

/// <summary>Tokens [First, End) that refer to an entity: a name, a surname, a title phrase or a resolved pronoun.</summary>
internal sealed record Reference(int First, int End, EntityDraft Entity, bool IsName);
