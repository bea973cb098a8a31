namespace Graph.Extraction.Text;

/// <summary>What a line of the article is, so captions and page furniture never feed quotes or pronouns.</summary>
internal enum BlockKind
{
    Body,
    Heading,
    Caption,
    Credit,
    Boilerplate,

    /// <summary>An embedded social media post with its author line.</summary>
    Post,
}
