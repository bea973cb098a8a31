using System.Collections.Immutable;

namespace Graph.Core.Model;

/// <summary>One contiguous quotation: Text is exactly the article text inside its marks.</summary>
/// <param name="Speaker">Entity id of the person or organization who said or wrote it.</param>
/// <param name="About">Entity ids the quote is about.</param>
/// <param name="Cue">The reporting words that attribute it ("he said", "wrote"), as they stand in the text.</param>
public sealed record Quote(
    string Speaker,
    string Text,
    ImmutableArray<string> About,
    int Start,
    int End,
    string Cue);
