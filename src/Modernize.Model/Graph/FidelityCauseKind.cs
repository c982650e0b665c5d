namespace Modernize.Model.Graph;

/// <summary>The causes of unresolved references that loading can name.</summary>
public enum FidelityCauseKind
{
    /// <summary>The .NET Framework reference assemblies of the project's version could not be had (or another version stood in).</summary>
    MissingReferenceAssemblies,

    /// <summary>No version of a package is served by the configured feeds: its types do not resolve.</summary>
    MissingPackage,

    /// <summary>The exact package version is not served; another version of the same package stood in.</summary>
    PackageStandIn,

    /// <summary>A custom MSBuild task or target failed during the design-time build.</summary>
    FailedCustomTask,

    /// <summary>The project's MSBuild SDK could not be resolved.</summary>
    UnresolvedSdk,

    /// <summary>A project this one references is not on disk (a git submodule not checked out): its types do not resolve.</summary>
    MissingProjectReference,

    /// <summary>The project could not be restored (or MSBuild could not evaluate it): read from its project file instead.</summary>
    UnrestorableProject,
}
