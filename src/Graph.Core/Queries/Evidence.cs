namespace Graph.Core.Queries;

/// <summary>The sentence that states a fact, and the article it stands in.</summary>
public sealed record Evidence(string Text, ArticleReference Article);
