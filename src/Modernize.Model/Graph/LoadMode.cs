namespace Modernize.Model.Graph;

/// <summary>How a project's sources and references were obtained.</summary>
public enum LoadMode
{
    /// <summary>Full MSBuild design-time evaluation through the Roslyn workspace.</summary>
    MsBuild,

    /// <summary>MSBuild could not load the project; sources and references were read from the project XML instead.</summary>
    Fallback,

    /// <summary>No MSBuild evaluation at all (<c>--safe</c>): project XML read as data.</summary>
    Safe,
}
