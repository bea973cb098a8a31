using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Attribution;

/// <summary>A quotation with the entity who said it and the attribution words, as characters [CueStart, CueEnd).</summary>
internal sealed record AttributedQuote(QuoteSpan Span, EntityDraft Speaker, int CueStart, int CueEnd);
