namespace Graph.Extraction.Lexicon;

internal enum CountryWordKind
{
    Name,
    Demonym,
    Capital,
}
