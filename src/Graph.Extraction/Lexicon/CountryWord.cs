namespace Graph.Extraction.Lexicon;

/// <summary>A word or phrase that points to a country: its name, a demonym or its capital.</summary>
internal sealed record CountryWord(CountryInfo Country, CountryWordKind Kind);
