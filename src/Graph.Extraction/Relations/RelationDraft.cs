using Graph.Core.Model;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Relations;

/// <summary>A relation found in the text, with the sentence that states it.</summary>
internal sealed record RelationDraft(RelationType Type, EntityDraft Source, EntityDraft Target, MeetingStatus? Status, string? Role, int Sentence);
