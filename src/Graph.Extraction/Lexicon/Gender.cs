namespace Graph.Extraction.Lexicon;

internal enum Gender
{
    Unknown,
    Male,
    Female,
}
