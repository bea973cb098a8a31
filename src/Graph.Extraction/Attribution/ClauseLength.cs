namespace Graph.Extraction.Attribution;

/// <summary>How many tokens a reporting clause may span.</summary>
internal static class ClauseLength
{
    /// <summary>The farthest a reporting verb may stand from the quotation it reports.</summary>
    public const int Reach = 30;

    /// <summary>A clause this short or shorter is read as a plain "speaker verb" clause, with no apposition.</summary>
    public const int Short = 9;
}
