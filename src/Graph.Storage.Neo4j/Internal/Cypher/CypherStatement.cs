using System.Diagnostics;

namespace Graph.Storage.Neo4j.Internal.Cypher;

/// <summary>One parameterised Cypher statement from <c>cypher/</c>, named by its path there for error messages.</summary>
[DebuggerDisplay("{Name}")]
internal sealed record CypherStatement(string Name, string Text);
