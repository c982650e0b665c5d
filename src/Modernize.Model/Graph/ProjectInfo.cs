namespace Modernize.Model.Graph;

/// <summary>A project of the scanned solution.</summary>
/// <param name="Name">Project name (file name without extension).</param>
/// <param name="Path">Project file path relative to the scanned root, '/' separators. This is the project's id.</param>
/// <param name="Language"><c>C#</c> or <c>Visual Basic</c>.</param>
/// <param name="TargetFrameworks">Target framework monikers (for example <c>net48</c>, <c>net10.0</c>); a multi-targeted project lists all.</param>
/// <param name="AssemblyReferences">Referenced assemblies by simple name (framework and binary references).</param>
/// <param name="ProjectReferences">Paths (relative to the scanned root) of referenced projects of the solution.</param>
public sealed record ProjectInfo(
    string Name,
    string Path,
    string Language,
    IReadOnlyList<string> TargetFrameworks,
    ProjectStyle Style,
    ProjectFidelity Fidelity,
    IReadOnlyList<PackageReferenceInfo> Packages,
    IReadOnlyList<string> AssemblyReferences,
    IReadOnlyList<string> ProjectReferences)
{
    /// <summary>The SDKs its project file names, without versions (empty for a legacy project): <c>Microsoft.NET.Sdk.Web</c>, <c>Aspire.AppHost.Sdk</c>.</summary>
    public IReadOnlyList<string> Sdks { get; init; } = [];

    public bool UsesPackagesConfig => Packages.Any(p => p.Source == PackageSources.PackagesConfig);
}
