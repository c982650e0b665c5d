using Modernize.Loading.Environment;
using Modernize.Loading.ProjectFiles;
using Modernize.Model.Graph;

namespace Modernize.Loading.Workspace;

/// <summary>
/// Names why a project's references may not resolve, from what loading knows (packages and their stand-ins, the reference
/// assemblies chosen) and from what MSBuild said (failed tasks, unresolved SDKs, failed restores), so the report can say why
/// per project instead of only how much.
/// </summary>
public static class FidelityCauses
{
    /// <summary>The fallback reason for a project MSBuild loaded without documents.</summary>
    public const string NoDocumentsReason = "MSBuild loaded no source documents (its SDK or imports could not be resolved)";

    private const string NoReferenceAssembliesMarker = "reference assemblies were not found";

    /// <summary>The warning for a .NET Framework project whose design-time build found no reference assemblies (no mscorlib).</summary>
    public static string NoReferenceAssembliesWarning(string version) =>
        $"the .NET Framework {version} {NoReferenceAssembliesMarker} by the design-time build (no mscorlib among its references): framework types will not resolve";

    /// <summary>The project with its fidelity's causes and package stand-ins filled in.</summary>
    /// <param name="framework">The reference-assembly set chosen for a .NET Framework project (ignored for others).</param>
    /// <param name="restored">PackageReference versions NuGet restored in place of those asked for (read from the assets file).</param>
    public static LoadedProject Attach(LoadedProject project, ProjectFileFacts facts, PackageResolver packages, FrameworkReferenceAssemblies.Choice? framework, IReadOnlyList<PackageStandIn>? restored = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(packages);
        var fidelity = project.Info.Fidelity;
        var standIns = facts.Packages
            .Where(p => p.Source == PackageSources.PackagesConfig || fidelity.Mode != LoadMode.MsBuild)
            .Select(packages.StandIn)
            .OfType<PackageStandIn>()
            .Concat(restored ?? [])
            .DistinctBy(s => s.Id, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var causes = new List<FidelityCause>();
        causes.AddRange(standIns.Select(s => new FidelityCause(FidelityCauseKind.PackageStandIn, $"{s.Id} {s.Wanted} -> {s.Used}")));
        causes.AddRange(facts.Packages.Where(p => !packages.IsInstalled(p)).Select(p => new FidelityCause(FidelityCauseKind.MissingPackage, $"{p.Id} {p.Version}".TrimEnd())));
        if (facts.Style == ProjectStyle.Legacy && framework is not null)
        {
            if (!framework.IsInstalled)
            {
                causes.Add(new FidelityCause(FidelityCauseKind.MissingReferenceAssemblies, $".NETFramework {framework.Requested}: {framework.PackageId} {framework.PackageVersion} could not be restored"));
            }
            else if (framework.IsSubstitute)
            {
                causes.Add(new FidelityCause(FidelityCauseKind.MissingReferenceAssemblies, $".NETFramework {framework.Requested}: no reference assemblies on the feeds, {framework.Used} stood in"));
            }
        }

        causes.AddRange(facts.ProjectReferences.Where(p => !File.Exists(p))
            .Select(p => new FidelityCause(FidelityCauseKind.MissingProjectReference, p + " is not on disk")));
        causes.AddRange(fidelity.Warnings.Select(FromMessage).OfType<FidelityCause>());
        var distinct = causes.DistinctBy(c => (c.Kind, c.Detail)).ToList();
        return project with { Info = project.Info with { Fidelity = fidelity with { Causes = distinct, StandIns = standIns } } };
    }

    /// <summary>The cause a loading message names, or null.</summary>
    public static FidelityCause? FromMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var detail = message.Length > 240 ? message[..240] + "..." : message;
        if (message.Contains(NoReferenceAssembliesMarker, StringComparison.Ordinal)
            || (message.Contains("reference assemblies for", StringComparison.OrdinalIgnoreCase) && message.Contains("were not found", StringComparison.OrdinalIgnoreCase)))
        {
            return new FidelityCause(FidelityCauseKind.MissingReferenceAssemblies, detail);
        }

        if (message.Contains("MSB4062", StringComparison.Ordinal) || message.Contains("MSB4018", StringComparison.Ordinal)
            || message.Contains("MSB4036", StringComparison.Ordinal) || message.Contains("MSB3073", StringComparison.Ordinal))
        {
            return new FidelityCause(FidelityCauseKind.FailedCustomTask, detail);
        }

        if (message.StartsWith(NoDocumentsReason, StringComparison.Ordinal) || message.Contains("MSB4236", StringComparison.Ordinal)
            || (message.StartsWith("MSBuild project SDK", StringComparison.Ordinal) && message.Contains("left out", StringComparison.Ordinal))
            || message.Contains("Could not resolve SDK", StringComparison.OrdinalIgnoreCase))
        {
            return new FidelityCause(FidelityCauseKind.UnresolvedSdk, detail);
        }

        if (message.StartsWith("dotnet restore failed", StringComparison.Ordinal) || message.StartsWith("MSBuild could not", StringComparison.Ordinal)
            || message.StartsWith("MSBuild gave no compilation", StringComparison.Ordinal) || message.StartsWith("the project is not restored", StringComparison.Ordinal))
        {
            return new FidelityCause(FidelityCauseKind.UnrestorableProject, detail);
        }

        return null;
    }
}
