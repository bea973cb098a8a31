using Graph.Core.Storage;
using Graph.Ingestion.Reading;

namespace Graph.Ingestion.Pipeline;

/// <summary>A read batch after extraction: the articles to store, in reading order, and those that failed.</summary>
internal sealed record ExtractedBatch(ReadBatch Read, IReadOnlyList<(ExtractedArticle Article, bool IsNew)> Extracted, IReadOnlyList<ReadFailure> Failed);
