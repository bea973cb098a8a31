namespace Graph.Storage.Neo4j.Internal.QueryApi;

/// <summary>One entry of the response's <c>errors</c> array; servers name the code <c>code</c> or <c>error</c>.</summary>
internal sealed record QueryError(string Code, string Message);
