using Modernize.Model.Graph;

namespace Modernize.Loading.ProjectFiles;

/// <summary>
/// The compile assemblies of a project's PackageReferences where no SDK target resolves them: the XML fallback, and
/// old-style projects, whose <c>ResolveNuGetPackageAssets</c> target ships with Visual Studio, not with the .NET SDK (so a
/// .NET Framework project moved to PackageReference compiled without any of its packages).
/// </summary>
public static class PackageReferenceAssemblies
{
    /// <summary>Whether the project lists PackageReference items.</summary>
    public static bool Uses(ProjectFileFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Packages.Any(p => p.Source == PackageSources.PackageReference);
    }

    /// <summary>
    /// The restore output's compile assemblies when <paramref name="assetsPath"/> has any (the whole closure as NuGet resolved
    /// it, stand-ins included), else each direct package's from the global packages folder (installed versions only).
    /// </summary>
    public static IReadOnlyList<string> Of(ProjectFileFacts facts, string assetsPath, PackageResolver packages, string moniker)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(packages);
        var fromAssets = File.Exists(assetsPath) ? AssetsFile.CompileAssemblies(assetsPath, moniker) : [];
        return fromAssets.Count > 0
            ? fromAssets
            : facts.Packages.Where(p => p.Source == PackageSources.PackageReference).SelectMany(p => packages.CompileAssemblies(p, moniker)).ToList();
    }
}
