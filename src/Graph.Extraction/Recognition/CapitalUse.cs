using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Decides whether a capital stands for its government ("Beijing is reasserting itself", "talks with Pyongyang")
/// or is only a place ("arrived in Beijing").
/// </summary>
internal static class CapitalUse
{
    private static readonly HashSet<string> PlaceBefore =
        ["in", "at", "to", "near", "from", "outside", "into", "across", "around", "visited", "visit", "visiting", "arrived", "flew", "traveled", "travelled", "via", "of", "central", "downtown", "returned", "reported", "based", "trip"];

    private static readonly HashSet<string> GovernmentBefore = ["with", "against", "between", "by", "toward", "towards", "and", "on", "pressure", "urged", "warned", "told", "pressed", "that", "while", "because", "but", "if", "whether", "as"];

    private static readonly HashSet<string> GovernmentAfter =
    [
        "'s", "is", "was", "has", "had", "have", "says", "said", "will", "would", "could", "should", "must", "may", "might",
        "wants", "wanted", "sees", "saw", "insists", "insisted", "warned", "warns", "responded", "rejected", "agreed", "hopes",
        "needs", "can", "cannot", "can't", "did", "does", "appears", "seems", "continues", "remains", "refused", "accused",
        "demanded", "announced", "claims", "believes", "fears", "plans", "sought", "seeks", "urged", "welcomed", "tried",
        "tries", "reacted", "denied", "blamed", "condemned", "considers", "views", "regards", "sent", "sends", "launched",
        "fired", "conducted", "threatened", "vowed", "pledged", "promised", "offered", "described", "called", "criticized",
        "accepted", "expects", "hoped", "appeared", "made", "took", "also", "and",
    ];

    public static bool IsGovernment(IReadOnlyList<Token> tokens, int first, int end, int blockFirst, int blockEnd)
    {
        var before = first > blockFirst ? tokens[first - 1].Norm : "";
        var after = end < blockEnd ? tokens[end].Norm : "";
        if (after is "," or "—" or "-" && end + 1 < blockEnd && tokens[end + 1].IsCapitalized)
        {
            return false; // "Washington, D.C.", "BEIJING —"
        }
        if (PlaceBefore.Contains(before))
        {
            return false;
        }
        if (GovernmentBefore.Contains(before))
        {
            return true;
        }
        return GovernmentAfter.Contains(after) && after != "and";
    }
}
