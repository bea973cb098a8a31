using Graph.Core.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Resolution;

/// <summary>An entity being assembled from its mentions within one article.</summary>
internal sealed class EntityDraft(EntityType type, string key, string name)
{
    public EntityType Type { get; } = type;

    public string Key { get; } = key;

    public string Name { get; set; } = name;

    /// <summary>For persons, the words of the full name without initials, lower case ("park", "ji", "seon").</summary>
    public string[] NameWords { get; set; } = [];

    public List<(int Start, int End)> Spans { get; } = [];

    public List<string> Surfaces { get; } = [];

    public int FirstToken { get; set; } = int.MaxValue;

    public int FullMentions { get; set; }

    public CountryInfo? LeaderOf { get; set; }

    /// <summary>Called "President" or "leader" with no country given.</summary>
    public bool HasBareLeaderTitle { get; set; }

    /// <summary>Where the bare leader title stands, to look for the country it belongs to.</summary>
    public int BareTitleToken { get; set; } = -1;

    public string? BareTitle { get; set; }

    /// <summary>Where each bare leader title stands before the person's name ("President Brandt").</summary>
    public List<int> BareTitleTokens { get; } = [];

    public Gender Gender { get; set; }

    /// <summary>The country written before the person's title or name ("North Korean foreign minister Sato").</summary>
    public CountryInfo? Nationality { get; set; }

    /// <summary>Named with a country's possessive: "North Korea's Park Ji Seon".</summary>
    public CountryInfo? PossessedBy { get; set; }

    /// <summary>Named right after a demonym with no title between: "North Korean Park Ji-seon".</summary>
    public CountryInfo? NamedAfterDemonym { get; set; }

    /// <summary>The titles written before the person's name, lower case ("foreign secretary").</summary>
    public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);

    /// <summary>Given any title before a name in the article (a leader's or not).</summary>
    public bool HasTitle { get; set; }

    /// <summary>Named only in credit lines and captions: a reporter or photographer.</summary>
    public bool InCreditsOnly { get; set; } = true;

    /// <summary>Named only in photo credits ("Tomas Holm/Reuters"): a surname alone in the story is someone else.</summary>
    public bool IsPhotoCredit { get; set; }

    /// <summary>Named only by a head word ("the Times"); dropped unless merged into a fuller name.</summary>
    public bool IsBareHead { get; set; }

    public string Id => EntityId.For(Type, Name);

    public void AddSurface(string text, int start, int end)
    {
        Spans.Add((start, end));
        if (!Surfaces.Contains(text))
        {
            Surfaces.Add(text);
        }
    }
}
