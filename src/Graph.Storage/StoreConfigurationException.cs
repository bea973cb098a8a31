namespace Graph.Storage;

/// <summary>A store setting the user can fix; its message is one sentence meant for them.</summary>
public sealed class StoreConfigurationException(string message) : Exception(message);
