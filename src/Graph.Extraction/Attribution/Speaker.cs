using Graph.Extraction.Resolution;

namespace Graph.Extraction.Attribution;

/// <summary>Who a reporting clause names, and the tokens [CueFirst, CueEnd) of that clause.</summary>
internal sealed record Speaker(EntityDraft Entity, int CueFirst, int CueEnd);
