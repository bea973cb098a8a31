namespace Graph.Extraction.Recognition;

internal enum MentionKind
{
    Person,
    Country,
    Organization,
    Place,
    /// <summary>A title before a name ("President", "spokeswoman"); not an entity.</summary>
    Title,
    /// <summary>A people's name ("Chinese"); points to a country without naming it.</summary>
    Demonym,
    /// <summary>One capitalised word that may be a person (a surname) once the article is read whole.</summary>
    Candidate,
}
