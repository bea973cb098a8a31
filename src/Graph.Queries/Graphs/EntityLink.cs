using System.Collections.Immutable;
using System.Diagnostics;
using Graph.Core.Queries;
using QuikGraph;

namespace Graph.Queries.Graphs;

/// <summary>
/// The undirected link between two entities, standing for every stored edge between them (a pair can be
/// both MET and AFFILIATED_WITH), and, in the graph that follows quotes, every speaker-subject pair between them.
/// Source is the smaller id, so each pair has one link.
/// </summary>
[DebuggerDisplay("{Source} -- {Target}")]
public sealed class EntityLink : IEdge<string>
{
    public EntityLink(string source, string target, ImmutableArray<GraphEdge> edges, ImmutableArray<SpeakerPair> quotes = default)
    {
        (Source, Target) = string.CompareOrdinal(source, target) <= 0 ? (source, target) : (target, source);
        Edges = edges;
        Quotes = quotes.IsDefault ? [] : quotes;
    }

    public string Source { get; }

    public string Target { get; }

    public ImmutableArray<GraphEdge> Edges { get; }

    /// <summary>Who was quoted about whom between the two ends; empty in the relationship-only graph.</summary>
    public ImmutableArray<SpeakerPair> Quotes { get; }

    public string Other(string vertex) => vertex == Source ? Target : Source;
}
