namespace Modernize.Loading.Workspace;

/// <summary>The loaded solution: every project once (multi-targeted ones deduplicated), plus scan-wide warnings. Owns the workspaces it came from.</summary>
/// <param name="Root">Absolute scanned root: the folder of the scanned solution or project, or the scanned folder.</param>
/// <param name="Name">The solution or project file name, or the folder name.</param>
public sealed class LoadedWorkspace(string root, string name, IReadOnlyList<LoadedProject> projects, IReadOnlyList<string> warnings, IReadOnlyList<IDisposable> owned) : IDisposable
{
    public string Root { get; } = root;

    public string Name { get; } = name;

    public IReadOnlyList<LoadedProject> Projects { get; } = projects;

    public IReadOnlyList<string> Warnings { get; } = warnings;

    /// <summary>Projects the input lists that could not be loaded (not on disk, outside the scanned tree).</summary>
    public IReadOnlyList<Modernize.Model.Graph.MissingProject> MissingProjects { get; init; } = [];

    public void Dispose()
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }
    }
}
