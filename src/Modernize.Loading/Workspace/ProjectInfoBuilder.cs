using Modernize.Loading.ProjectFiles;
using Modernize.Model.Graph;

namespace Modernize.Loading.Workspace;

/// <summary>Builds the model's <see cref="ProjectInfo"/> from project-file facts and what loading learnt.</summary>
public static class ProjectInfoBuilder
{
    public static ProjectInfo Build(
        string root,
        ProjectFileFacts facts,
        LoadMode mode,
        int documents,
        IReadOnlyList<string> targetFrameworks,
        IReadOnlyList<string> projectReferences,
        PackageResolver packages,
        IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(packages);
        return new ProjectInfo(
            facts.Name,
            RootPaths.Relative(root, facts.FullPath),
            facts.Language,
            targetFrameworks.Count > 0 ? targetFrameworks : facts.TargetFrameworks,
            facts.Style,
            new ProjectFidelity(mode, documents, 0, 0, 0, [], warnings.Distinct(StringComparer.Ordinal).ToList()),
            facts.Packages.Select(p => new PackageReferenceInfo(p.Id, p.Version, p.Source, packages.IsInstalled(p))).ToList(),
            facts.References.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            projectReferences.Select(p => RootPaths.Relative(root, p)).Distinct(StringComparer.Ordinal).ToList())
        {
            Sdks = facts.Sdks,
        };
    }

    /// <summary>Warnings for packages that are not on this machine (their types will not resolve).</summary>
    public static IEnumerable<string> MissingPackageWarnings(ProjectFileFacts facts, PackageResolver packages)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(packages);
        return facts.Packages.Where(p => !packages.IsInstalled(p))
            .Select(p => $"package {p.Id} {p.Version} ({p.Source}) is not in the global packages folder: restore the solution for full fidelity");
    }
}
