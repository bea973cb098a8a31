using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>A quotation with the entity who said it, the attribution words as characters [CueStart, CueEnd), and whom it is about.</summary>
internal sealed record AttributedQuote(QuoteSpan Span, EntityDraft Speaker, int CueStart, int CueEnd, List<EntityDraft> About);
